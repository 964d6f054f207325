// LINE's narrowcast region codes for Japan, Taiwan and Thailand with their names in each locale of
// the app. The codes and their order are LINE's (messaging-api.yml AreaDemographic, whose
// x-enum-descriptions give the Japanese and English names): Japan in JIS prefecture order, Taiwan's
// six special municipalities first, Thailand Bangkok, Pattaya, then the regions.

import type { Locale } from '../domain/locale';

export type AreaCountry = 'JP' | 'TW' | 'TH';

export interface LineArea {
  readonly code: string;
  readonly country: AreaCountry;
  readonly names: Readonly<Record<Locale, string>>;
}

// [code, en, zh-TW, ja, th]
type Row = readonly [string, string, string, string, string];

const japan: readonly Row[] = [
  ['jp_01', 'Hokkaido', '北海道', '北海道', 'ฮกไกโด'],
  ['jp_02', 'Aomori', '青森縣', '青森県', 'อาโอโมริ'],
  ['jp_03', 'Iwate', '岩手縣', '岩手県', 'อิวาเตะ'],
  ['jp_04', 'Miyagi', '宮城縣', '宮城県', 'มิยางิ'],
  ['jp_05', 'Akita', '秋田縣', '秋田県', 'อากิตะ'],
  ['jp_06', 'Yamagata', '山形縣', '山形県', 'ยามากาตะ'],
  ['jp_07', 'Fukushima', '福島縣', '福島県', 'ฟูกูชิมะ'],
  ['jp_08', 'Ibaraki', '茨城縣', '茨城県', 'อิบารากิ'],
  ['jp_09', 'Tochigi', '栃木縣', '栃木県', 'โทจิงิ'],
  ['jp_10', 'Gunma', '群馬縣', '群馬県', 'กุมมะ'],
  ['jp_11', 'Saitama', '埼玉縣', '埼玉県', 'ไซตามะ'],
  ['jp_12', 'Chiba', '千葉縣', '千葉県', 'ชิบะ'],
  ['jp_13', 'Tokyo', '東京都', '東京都', 'โตเกียว'],
  ['jp_14', 'Kanagawa', '神奈川縣', '神奈川県', 'คานางาวะ'],
  ['jp_15', 'Niigata', '新潟縣', '新潟県', 'นีงาตะ'],
  ['jp_16', 'Toyama', '富山縣', '富山県', 'โทยามะ'],
  ['jp_17', 'Ishikawa', '石川縣', '石川県', 'อิชิกาวะ'],
  ['jp_18', 'Fukui', '福井縣', '福井県', 'ฟูกูอิ'],
  ['jp_19', 'Yamanashi', '山梨縣', '山梨県', 'ยามานาชิ'],
  ['jp_20', 'Nagano', '長野縣', '長野県', 'นางาโนะ'],
  ['jp_21', 'Gifu', '岐阜縣', '岐阜県', 'กิฟุ'],
  ['jp_22', 'Shizuoka', '靜岡縣', '静岡県', 'ชิซูโอกะ'],
  ['jp_23', 'Aichi', '愛知縣', '愛知県', 'ไอจิ'],
  ['jp_24', 'Mie', '三重縣', '三重県', 'มิเอะ'],
  ['jp_25', 'Shiga', '滋賀縣', '滋賀県', 'ชิงะ'],
  ['jp_26', 'Kyoto', '京都府', '京都府', 'เกียวโต'],
  ['jp_27', 'Osaka', '大阪府', '大阪府', 'โอซากะ'],
  ['jp_28', 'Hyogo', '兵庫縣', '兵庫県', 'เฮียวโงะ'],
  ['jp_29', 'Nara', '奈良縣', '奈良県', 'นาระ'],
  ['jp_30', 'Wakayama', '和歌山縣', '和歌山県', 'วากายามะ'],
  ['jp_31', 'Tottori', '鳥取縣', '鳥取県', 'ทตโตริ'],
  ['jp_32', 'Shimane', '島根縣', '島根県', 'ชิมาเนะ'],
  ['jp_33', 'Okayama', '岡山縣', '岡山県', 'โอกายามะ'],
  ['jp_34', 'Hiroshima', '廣島縣', '広島県', 'ฮิโรชิมะ'],
  ['jp_35', 'Yamaguchi', '山口縣', '山口県', 'ยามากูจิ'],
  ['jp_36', 'Tokushima', '德島縣', '徳島県', 'โทกูชิมะ'],
  ['jp_37', 'Kagawa', '香川縣', '香川県', 'คางาวะ'],
  ['jp_38', 'Ehime', '愛媛縣', '愛媛県', 'เอฮิเมะ'],
  ['jp_39', 'Kochi', '高知縣', '高知県', 'โคจิ'],
  ['jp_40', 'Fukuoka', '福岡縣', '福岡県', 'ฟูกูโอกะ'],
  ['jp_41', 'Saga', '佐賀縣', '佐賀県', 'ซางะ'],
  ['jp_42', 'Nagasaki', '長崎縣', '長崎県', 'นางาซากิ'],
  ['jp_43', 'Kumamoto', '熊本縣', '熊本県', 'คุมาโมโตะ'],
  ['jp_44', 'Oita', '大分縣', '大分県', 'โออิตะ'],
  ['jp_45', 'Miyazaki', '宮崎縣', '宮崎県', 'มิยาซากิ'],
  ['jp_46', 'Kagoshima', '鹿兒島縣', '鹿児島県', 'คาโงชิมะ'],
  ['jp_47', 'Okinawa', '沖繩縣', '沖縄県', 'โอกินาวะ'],
];

const taiwan: readonly Row[] = [
  ['tw_01', 'Taipei City', '台北市', '台北市', 'นครไทเป'],
  ['tw_02', 'New Taipei City', '新北市', '新北市', 'นครนิวไทเป'],
  ['tw_03', 'Taoyuan City', '桃園市', '桃園市', 'นครเถาหยวน'],
  ['tw_04', 'Taichung City', '台中市', '台中市', 'นครไถจง'],
  ['tw_05', 'Tainan City', '台南市', '台南市', 'นครไถหนาน'],
  ['tw_06', 'Kaohsiung City', '高雄市', '高雄市', 'นครเกาสง'],
  ['tw_07', 'Keelung City', '基隆市', '基隆市', 'นครจีหลง'],
  ['tw_08', 'Hsinchu City', '新竹市', '新竹市', 'นครซินจู๋'],
  ['tw_09', 'Chiayi City', '嘉義市', '嘉義市', 'นครเจียอี้'],
  ['tw_10', 'Hsinchu County', '新竹縣', '新竹県', 'เทศมณฑลซินจู๋'],
  ['tw_11', 'Miaoli County', '苗栗縣', '苗栗県', 'เทศมณฑลเหมียวลี่'],
  ['tw_12', 'Changhua County', '彰化縣', '彰化県', 'เทศมณฑลจางฮว่า'],
  ['tw_13', 'Nantou County', '南投縣', '南投県', 'เทศมณฑลหนานโถว'],
  ['tw_14', 'Yunlin County', '雲林縣', '雲林県', 'เทศมณฑลหยุนหลิน'],
  ['tw_15', 'Chiayi County', '嘉義縣', '嘉義県', 'เทศมณฑลเจียอี้'],
  ['tw_16', 'Pingtung County', '屏東縣', '屏東県', 'เทศมณฑลผิงตง'],
  ['tw_17', 'Yilan County', '宜蘭縣', '宜蘭県', 'เทศมณฑลอี๋หลาน'],
  ['tw_18', 'Hualien County', '花蓮縣', '花蓮県', 'เทศมณฑลฮัวเหลียน'],
  ['tw_19', 'Taitung County', '台東縣', '台東県', 'เทศมณฑลไถตง'],
  ['tw_20', 'Penghu County', '澎湖縣', '澎湖県', 'เทศมณฑลเผิงหู'],
  ['tw_21', 'Kinmen County', '金門縣', '金門県', 'เทศมณฑลจินเหมิน'],
  ['tw_22', 'Lienchiang County', '連江縣', '連江県', 'เทศมณฑลเหลียนเจียง'],
];

const thailand: readonly Row[] = [
  ['th_01', 'Bangkok', '曼谷', 'バンコク', 'กรุงเทพฯ'],
  ['th_02', 'Pattaya', '芭達雅', 'パタヤ', 'พัทยา'],
  ['th_03', 'Northern', '北部', '北部', 'ภาคเหนือ'],
  ['th_04', 'Central', '中部', '中央部', 'ภาคกลาง'],
  ['th_05', 'Southern', '南部', '南部', 'ภาคใต้'],
  ['th_06', 'Eastern', '東部', '東部', 'ภาคตะวันออก'],
  ['th_07', 'Northeastern', '東北部', '東北部', 'ภาคตะวันออกเฉียงเหนือ'],
  ['th_08', 'Western', '西部', '西部', 'ภาคตะวันตก'],
];

const toArea =
  (country: AreaCountry) =>
  ([code, en, zhTW, ja, th]: Row): LineArea => ({
    code,
    country,
    names: { en, 'zh-TW': zhTW, ja, th },
  });

/** Every region code a campaign's area filter takes, in LINE's order. */
export const lineAreas: readonly LineArea[] = [
  ...japan.map(toArea('JP')),
  ...taiwan.map(toArea('TW')),
  ...thailand.map(toArea('TH')),
];

const byCode = new Map(lineAreas.map((area) => [area.code, area]));

export const isAreaCode = (code: string): boolean => byCode.has(code);

export function findArea(code: string): LineArea | undefined {
  return byCode.get(code);
}

/** The area's name in `locale`, or the code itself when it is not one of LINE's. */
export function areaName(code: string, locale: Locale): string {
  return byCode.get(code)?.names[locale] ?? code;
}

export function areasOf(country: AreaCountry): readonly LineArea[] {
  return lineAreas.filter((area) => area.country === country);
}
