// The generated friends of a sandbox channel: user IDs, names and the demographics LINE targets on
// (gender, age, area, OS, friendship length), some of them blocking the account. Deterministic per seed.

import { pickWeighted, randomHex, seededRandom } from '../../shared/domain/random';

export type Gender = 'male' | 'female' | 'unknown';
export type AppType = 'ios' | 'android' | 'others';

export interface Friend {
  readonly index: number;
  readonly userId: string;
  readonly displayName: string;
  readonly gender: Gender;
  /** Age in years, or null when LINE does not know it. */
  readonly age: number | null;
  /** Narrowcast area code such as `tw_01`, or null when unknown. */
  readonly area: string | null;
  readonly appType: AppType;
  readonly language: string;
  /** When the user added the account (epoch ms). */
  readonly followedAt: number;
  readonly blocked: boolean;
}

export type PopulationRegion = 'tw' | 'jp' | 'th';

const givenNames: Record<PopulationRegion, readonly string[]> = {
  tw: ['怡君', '雅婷', '家豪', '志明', '淑芬', '冠宇', '詩涵', '俊傑', '佳穎', '宗翰', 'Amy', 'Kevin'],
  jp: ['さくら', '陽翔', '結衣', '蓮', '美咲', '大翔', '葵', '湊', 'ゆうき', '健太', 'Mika', 'Ken'],
  th: ['สมชาย', 'สมหญิง', 'ณัฐ', 'พิมพ์', 'อนันต์', 'กมล', 'ปวีณา', 'ธนา', 'Nok', 'Beam', 'Ploy', 'Ton'],
};

const pad = (n: number) => String(n).padStart(2, '0');
const areaChoices: Record<PopulationRegion, readonly (readonly [string, number])[]> = {
  tw: Array.from({ length: 22 }, (_, i) => [`tw_${pad(i + 1)}`, i < 6 ? 12 : 1] as const),
  jp: Array.from({ length: 47 }, (_, i) => [`jp_${pad(i + 1)}`, i === 12 ? 20 : i === 26 ? 8 : 1] as const),
  th: Array.from({ length: 8 }, (_, i) => [`th_${pad(i + 1)}`, i === 0 ? 10 : 2] as const),
};
const languages: Record<PopulationRegion, string> = { tw: 'zh-TW', jp: 'ja', th: 'th' };
const dayMs = 86_400_000;

export interface PopulationOptions {
  readonly count: number;
  readonly seed: number;
  /** Main region of the account; a share of friends come from the two others. */
  readonly region?: PopulationRegion;
  /** "Now" for the friendship dates. */
  readonly now: number;
  /** Share of friends who block the account (default 0.08). */
  readonly blockedShare?: number;
}

export function* generateFriends(options: PopulationOptions): Generator<Friend> {
  const random = seededRandom(options.seed);
  const home = options.region ?? 'tw';
  const others = (['tw', 'jp', 'th'] as const).filter((r) => r !== home);
  const blockedShare = options.blockedShare ?? 0.08;
  for (let index = 0; index < options.count; index++) {
    const region = pickWeighted<PopulationRegion>(random, [
      [home, 80],
      [others[0] as PopulationRegion, 12],
      [others[1] as PopulationRegion, 8],
    ]);
    const names = givenNames[region];
    const gender = pickWeighted<Gender>(random, [
      ['female', 50],
      ['male', 44],
      ['unknown', 6],
    ]);
    const ageKnown = random() > 0.06;
    // Skewed towards 20–45, the bulk of LINE's audience.
    const age = ageKnown
      ? Math.min(80, Math.max(13, Math.round(33 + (random() + random() + random() - 1.5) * 20)))
      : null;
    const area = random() > 0.05 ? pickWeighted(random, areaChoices[region]) : null;
    const appType = pickWeighted<AppType>(random, [
      ['ios', region === 'jp' ? 60 : 45],
      ['android', region === 'jp' ? 38 : 53],
      ['others', 2],
    ]);
    // Friendship length: many recent, a long tail over three years.
    const days = Math.floor(-Math.log(1 - random() * 0.999) * 240) % 1100;
    const userId = `U${randomHex(random, 32)}`;
    yield {
      index,
      userId,
      displayName: `${names[Math.floor(random() * names.length)] ?? 'LINE'} ${String(index + 1)}`,
      gender,
      age,
      area,
      appType,
      language: languages[region],
      followedAt: options.now - days * dayMs - Math.floor(random() * dayMs),
      blocked: random() < blockedShare,
    };
  }
}

/** LINE's narrowcast age bucket number (15, 20, … 70) a given age falls in, or null below 15. */
export function ageBucketOf(age: number): number | null {
  if (age < 15) return null;
  return Math.min(70, Math.floor(age / 5) * 5);
}
