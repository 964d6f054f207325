// Vertical CJK text layout (tategaki / 直排), which neither canvas nor Konva offers: columns run top to
// bottom and stack right to left; ideographs and kana stand upright, Latin and Thai runs turn 90°
// clockwise, one or two digits sit side by side upright (tate-chu-yoko), brackets and long marks turn,
// and punctuation moves to where each language puts it. Pure: the renderer and the exporter draw the
// same placements. The caller measures horizontal run widths (canvas measureText, or a font in main).

export type PunctuationStyle = 'japanese' | 'chinese';

export interface VerticalLayoutInput {
  readonly text: string;
  readonly fontSize: number;
  /** Column pitch as a multiple of the font size (the text layer's line height). */
  readonly lineHeight: number;
  /** The box the columns fill: the first column hugs its right edge. */
  readonly width: number;
  readonly height: number;
  /** Where each column's glyphs sit along it: start = top, center, end = bottom. */
  readonly align: 'start' | 'center' | 'end';
  /** Japanese sets 、。 in the top-right of the cell; Traditional Chinese centres them. */
  readonly punctuation: PunctuationStyle;
  /** Width in pixels of `text` set horizontally at `fontSize`. */
  readonly measure: (text: string) => number;
}

export interface PlacedGlyph {
  /** One grapheme, or a whole turned run ("LINE", "2025年" → "2025" is a run). */
  readonly text: string;
  /** Centre of the drawn text, box coordinates (origin at the box's top-left). */
  readonly cx: number;
  readonly cy: number;
  /** Turn 90° clockwise about the centre before drawing. */
  readonly rotated: boolean;
  readonly column: number;
  /** Length along the column. */
  readonly advance: number;
}

export interface VerticalLayout {
  readonly glyphs: readonly PlacedGlyph[];
  readonly columns: number;
  /** Width of all columns together, and the longest column's length. */
  readonly contentWidth: number;
  readonly contentHeight: number;
  /**
   * Where the columns' glyph cells lie, box coordinates: across, from the last column's left edge to
   * the first one's right (an em wide each, pitch apart); along, from the earliest column start to the
   * latest end. Outside the box means the text runs over what is around it.
   */
  readonly bounds: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
  };
}

type GlyphClass = 'upright' | 'turned' | 'run' | 'digits' | 'space';

// Code-point ranges set upright: Han, kana, Hangul, CJK symbols, full-width forms, emoji.
const uprightRanges: readonly (readonly [number, number])[] = [
  [0x1100, 0x11ff],
  [0x2e80, 0x2fdf],
  [0x2ff0, 0x303f],
  [0x3040, 0x31ff],
  [0x3200, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa960, 0xa97f],
  [0xac00, 0xd7ff],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xffef],
  [0x1f000, 0x1faff],
  [0x20000, 0x3ffff],
];

/** CJK brackets, dashes and long marks turn with the column so they point along it. */
const turnedInVertical = new Set([
  ...'「」『』（）【】〈〉《》〔〕［］｛｝〖〗〘〙〚〛｟｠',
  ...'ー～〜…‥—―–─－＝',
  ...'()[]{}<>',
]);

/** Japanese turns full-width colons; Chinese keeps them upright and centred. */
const turnedInJapaneseOnly = new Set([...'：；']);

/** Sit in the bottom-left of the em box when horizontal; vertical Japanese moves them top-right. */
const cornerPunctuation = new Set([...'、。，．']);

const smallKana = new Set([
  ...'ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ',
]);

/** May not start a column: they hang below the previous one instead (burasage). */
const noColumnStart = new Set([...'、。，．,.：；！？!?」』）】〉》〕］｝ー…‥']);

/** May not end a column: they move to the next one. */
const noColumnEnd = new Set([...'「『（【〈《〔［｛']);

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function classify(grapheme: string, style: PunctuationStyle): GlyphClass {
  if (grapheme === ' ' || grapheme === '\t') return 'space';
  if (turnedInVertical.has(grapheme)) return 'turned';
  if (style === 'japanese' && turnedInJapaneseOnly.has(grapheme)) return 'turned';
  if (/^[0-9]$/.test(grapheme)) return 'digits';
  const code = grapheme.codePointAt(0) ?? 0;
  if (uprightRanges.some(([from, to]) => code >= from && code <= to)) return 'upright';
  return 'run';
}

interface Token {
  readonly text: string;
  readonly advance: number;
  readonly rotated: boolean;
  /** Offset of the drawn centre from the cell centre, in pixels (x right, y down). */
  readonly dx: number;
  readonly dy: number;
  readonly first: string;
}

/** Splits one paragraph into the tokens laid along a column. */
function tokenize(paragraph: string, input: VerticalLayoutInput): Token[] {
  const em = input.fontSize;
  const graphemes = Array.from(segmenter.segment(paragraph), (s) => s.segment);
  const classes = graphemes.map((g) => classify(g, input.punctuation));
  const tokens: Token[] = [];
  let i = 0;
  while (i < graphemes.length) {
    const grapheme = graphemes[i] ?? '';
    const kind = classes[i] ?? 'upright';
    if (kind === 'digits' || kind === 'run' || kind === 'space') {
      // Gather the horizontal run: letters, digits and spaces between them.
      let end = i + 1;
      while (end < graphemes.length) {
        const next = classes[end];
        if (next !== 'digits' && next !== 'run' && next !== 'space') break;
        end++;
      }
      const run = graphemes.slice(i, end).join('');
      const trimmed = run.trim();
      if (trimmed === '') {
        // Spaces alone: a gap of half an em each, nothing drawn.
        tokens.push({ text: '', advance: (em / 2) * run.length, rotated: false, dx: 0, dy: 0, first: ' ' });
      } else if (/^[0-9]{1,2}$/.test(trimmed) && trimmed === run) {
        // Tate-chu-yoko: a one- or two-digit number stands upright, side by side, in one cell.
        tokens.push({ text: run, advance: em, rotated: false, dx: 0, dy: 0, first: run });
      } else {
        tokens.push({
          text: run,
          advance: Math.max(input.measure(run), em / 4),
          rotated: true,
          dx: 0,
          dy: 0,
          first: grapheme,
        });
      }
      i = end;
      continue;
    }
    let dx = 0;
    let dy = 0;
    if (input.punctuation === 'japanese' && cornerPunctuation.has(grapheme)) {
      dx = em * 0.6;
      dy = -em * 0.6;
    } else if (input.punctuation === 'japanese' && smallKana.has(grapheme)) {
      dx = em * 0.1;
      dy = -em * 0.1;
    }
    tokens.push({ text: grapheme, advance: em, rotated: kind === 'turned', dx, dy, first: grapheme });
    i++;
  }
  return tokens;
}

export function layoutVerticalText(input: VerticalLayoutInput): VerticalLayout {
  if (!(input.fontSize > 0)) throw new Error(`layoutVerticalText: font size ${String(input.fontSize)} ≤ 0`);
  const em = input.fontSize;
  const pitch = em * Math.max(input.lineHeight, 0.5);
  // A column is at least one cell long, so a box shorter than one glyph still shows text.
  const columnLength = Math.max(input.height, em);

  // Break into columns: a hard newline always starts one; otherwise a token that does not fit.
  const columns: Token[][] = [];
  for (const paragraph of input.text.replace(/\r\n?/g, '\n').split('\n')) {
    let column: Token[] = [];
    let used = 0;
    const tokens = tokenize(paragraph, input);
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t];
      if (!token) continue;
      const fits = used + token.advance <= columnLength + 1e-6;
      if (!fits && column.length > 0) {
        if (noColumnStart.has(token.first)) {
          // Hang it below the column's end rather than start the next column with it.
          column.push(token);
          used += token.advance;
          continue;
        }
        const last = column[column.length - 1];
        const carried: Token[] = [];
        if (last && noColumnEnd.has(last.first) && column.length > 1) {
          column.pop();
          carried.push(last);
        }
        columns.push(column);
        column = carried;
        used = carried.reduce((sum, c) => sum + c.advance, 0);
      }
      column.push(token);
      used += token.advance;
    }
    columns.push(column);
  }

  const glyphs: PlacedGlyph[] = [];
  let contentHeight = 0;
  let top = Infinity;
  let bottom = -Infinity;
  columns.forEach((column, index) => {
    const length = column.reduce((sum, token) => sum + token.advance, 0);
    contentHeight = Math.max(contentHeight, length);
    const free = Math.max(0, input.height - length);
    let y = input.align === 'start' ? 0 : input.align === 'center' ? free / 2 : free;
    if (length > 0) {
      top = Math.min(top, y);
      bottom = Math.max(bottom, y + length);
    }
    const cx = input.width - pitch * (index + 0.5);
    for (const token of column) {
      if (token.text !== '') {
        glyphs.push({
          text: token.text,
          cx: cx + token.dx,
          cy: y + token.advance / 2 + token.dy,
          rotated: token.rotated,
          column: index,
          advance: token.advance,
        });
      }
      y += token.advance;
    }
  });
  const hasText = bottom > top;
  const left = input.width - pitch * (columns.length - 0.5) - em / 2;
  const right = input.width - pitch / 2 + em / 2;
  const bounds = hasText
    ? { x: left, y: top, width: right - left, height: bottom - top }
    : { x: input.width, y: 0, width: 0, height: 0 };
  return { glyphs, columns: columns.length, contentWidth: columns.length * pitch, contentHeight, bounds };
}

/** The punctuation style for a font: Japanese fonts set 、。 in the corner, Chinese ones centre them. */
export function punctuationStyleFor(fontFamily: string): PunctuationStyle {
  return fontFamily.includes('JP') ? 'japanese' : 'chinese';
}
