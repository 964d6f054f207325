// Every bubble type checked as LINE checks it, at and just past each limit; Flex JSON against the
// official schema through the generated validator, with each problem's JSON path.

import { describe, expect, it } from 'vitest';
import { findingText } from '../../../shared/campaigns/findings';
import { flexBubbleCount, parseFlexPaste } from '../../../shared/campaigns/flex';
import { checkMessage, checkMessages, type ImagemapProjectFacts } from '../../../shared/campaigns/messages';
import type { CampaignMessage } from '../../../shared/campaigns/model';
import { englishText } from '../../../shared/i18n/text';
import { cafeBubble } from './fixtures';

const codes = (message: CampaignMessage, projects?: readonly ImagemapProjectFacts[]) =>
  checkMessage(message, 'messages[0]', projects ? { projects } : {}).map((f) => `${f.code} ${f.path}`);

const text = (
  t: string,
  emojis?: { index: number; productId: string; emojiId: string }[],
): CampaignMessage => (emojis ? { type: 'text', text: t, emojis } : { type: 'text', text: t });
const emoji = (index: number) => ({ index, productId: '5ac1bfd5040ab15980c9b435', emojiId: '001' });

describe('text bubbles', () => {
  it('take 5,000 UTF-16 units and refuse 5,001, counting surrogate pairs as 2', () => {
    expect(codes(text('a'.repeat(5000)))).toEqual([]);
    expect(codes(text('a'.repeat(5001)))).toEqual(['text-too-long messages[0].text']);
    expect(codes(text('🍎'.repeat(2500)))).toEqual([]);
    expect(codes(text(`${'🍎'.repeat(2500)}a`))).toEqual(['text-too-long messages[0].text']);
    expect(codes(text(''))).toEqual(['text-empty messages[0].text']);
  });

  it('take 20 LINE emoji on $ placeholders, and not 21', () => {
    const twenty = '$'.repeat(20);
    expect(
      codes(
        text(
          twenty,
          Array.from({ length: 20 }, (_, i) => emoji(i)),
        ),
      ),
    ).toEqual([]);
    expect(
      codes(
        text(
          `${twenty}$`,
          Array.from({ length: 21 }, (_, i) => emoji(i)),
        ),
      ),
    ).toEqual(['emoji-too-many messages[0].emojis']);
    expect(codes(text('Sale $!', [emoji(4)]))).toEqual([
      'emoji-not-on-placeholder messages[0].emojis[0].index',
    ]);
    expect(codes(text('$ $', [emoji(0), emoji(0)]))).toEqual([
      'emoji-duplicate-index messages[0].emojis[1].index',
    ]);
    expect(codes(text('$', [{ index: 0, productId: '', emojiId: '001' }]))).toEqual([
      'emoji-id-missing messages[0].emojis[0]',
    ]);
  });

  it('refuse device-dependent characters, naming the character and where it is', () => {
    const findings = checkMessage(text('聖誕特賣\n開跑 \u{100078}！'), 'messages[2]');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: 'device-dependent-character',
      severity: 'error',
      path: 'messages[2].text',
      params: { character: 'U+100078', index: 9, line: 2, column: 4 },
    });
    expect(englishText(findingText(findings[0]!))).toBe(
      'The character U+100078 (character 9, line 2, column 4) shows on some devices only; LINE does not send such characters in broadcasts.',
    );
  });
});

describe('image, video and sticker bubbles', () => {
  const image = (
    originalContentUrl: string,
    previewImageUrl = 'https://cdn.example.com/p.png',
  ): CampaignMessage => ({
    type: 'image',
    originalContentUrl,
    previewImageUrl,
  });

  it('take HTTPS JPEG or PNG addresses of up to 2,000 characters', () => {
    expect(codes(image('https://cdn.example.com/a.jpg'))).toEqual([]);
    expect(codes(image('https://cdn.example.com/photo?id=1'))).toEqual([]);
    const long = `https://cdn.example.com/${'a'.repeat(2000 - 28)}.png`;
    expect(long).toHaveLength(2000);
    expect(codes(image(long))).toEqual([]);
    expect(codes(image(`${long.slice(0, -4)}a.png`))).toEqual([
      'url-too-long messages[0].originalContentUrl',
    ]);
    expect(codes(image('http://cdn.example.com/a.jpg'))).toEqual([
      'url-not-https messages[0].originalContentUrl',
    ]);
    expect(codes(image('https://cdn.example.com/a.gif'))).toEqual([
      'url-wrong-format messages[0].originalContentUrl',
    ]);
    expect(codes(image('cdn.example.com/a.jpg'))).toEqual(['url-not-a-url messages[0].originalContentUrl']);
  });

  it('take mp4 videos with a JPEG or PNG preview and a tracking ID of up to 100 characters', () => {
    const video = (url: string, preview: string, trackingId?: string): CampaignMessage => ({
      type: 'video',
      originalContentUrl: url,
      previewImageUrl: preview,
      ...(trackingId !== undefined ? { trackingId } : {}),
    });
    expect(
      codes(video('https://v.example.com/a.mp4', 'https://v.example.com/a.jpg', 'x'.repeat(100))),
    ).toEqual([]);
    expect(codes(video('https://v.example.com/a.mov', 'https://v.example.com/a.jpg'))).toEqual([
      'url-wrong-format messages[0].originalContentUrl',
    ]);
    expect(codes(video('https://v.example.com/a.mp4', 'https://v.example.com/a.mp4'))).toEqual([
      'url-wrong-format messages[0].previewImageUrl',
    ]);
    expect(
      codes(video('https://v.example.com/a.mp4', 'https://v.example.com/a.jpg', 'x'.repeat(101))),
    ).toEqual(['video-tracking-id messages[0].trackingId']);
  });

  it('take numeric sticker IDs', () => {
    expect(codes({ type: 'sticker', packageId: '446', stickerId: '1988' })).toEqual([]);
    expect(codes({ type: 'sticker', packageId: 'moon', stickerId: '1988' })).toEqual([
      'sticker-id messages[0].packageId',
    ]);
  });
});

describe('imagemap bubbles', () => {
  const project: ImagemapProjectFacts = {
    id: 7,
    name: 'Spring menu',
    kind: 'imagemap',
    trashed: false,
    altText: 'Spring menu',
    errorCount: 0,
  };
  const imagemap = (baseUrl: string, altText?: string): CampaignMessage => ({
    type: 'imagemap',
    projectId: 7,
    baseUrl,
    ...(altText !== undefined ? { altText } : {}),
  });

  it('name a rich-message project of this channel that exports cleanly', () => {
    expect(codes(imagemap('https://cdn.example.com/spring'), [project])).toEqual([]);
    expect(codes(imagemap('https://cdn.example.com/spring'), [])).toEqual([
      'imagemap-project-missing messages[0].project',
    ]);
    expect(codes(imagemap('https://cdn.example.com/spring'), [{ ...project, kind: 'richmenu' }])).toEqual([
      'imagemap-project-not-imagemap messages[0].project',
    ]);
    expect(codes(imagemap('https://cdn.example.com/spring'), [{ ...project, trashed: true }])).toEqual([
      'imagemap-project-trashed messages[0].project',
    ]);
    expect(codes(imagemap('https://cdn.example.com/spring'), [{ ...project, errorCount: 2 }])).toEqual([
      'imagemap-project-errors messages[0].project',
    ]);
  });

  it('need an HTTPS base URL without an extension, of up to 2,000 characters', () => {
    expect(codes(imagemap(''), [project])).toEqual(['imagemap-base-url-missing messages[0].baseUrl']);
    expect(codes(imagemap('http://cdn.example.com/spring'), [project])).toEqual([
      'url-not-https messages[0].baseUrl',
    ]);
    expect(codes(imagemap('https://cdn.example.com/spring/1040.png'), [project])).toEqual([
      'imagemap-base-url-extension messages[0].baseUrl',
    ]);
    expect(codes(imagemap('https://cdn.example.com/spring/'), [project])).toEqual([
      'imagemap-base-url-trailing-slash messages[0].baseUrl',
    ]);
    const base = `https://cdn.example.com/${'s'.repeat(2000 - 24)}`;
    expect(base).toHaveLength(2000);
    expect(codes(imagemap(base), [project])).toEqual([]);
    expect(codes(imagemap(`${base}s`), [project])).toEqual(['url-too-long messages[0].baseUrl']);
  });

  it('take the document’s alternative text unless the bubble sets one of up to 1,500 characters', () => {
    expect(codes(imagemap('https://cdn.example.com/spring'), [{ ...project, altText: '' }])).toEqual([
      'alt-text-missing messages[0].altText',
    ]);
    expect(codes(imagemap('https://cdn.example.com/spring', 'a'.repeat(1500)), [project])).toEqual([]);
    expect(codes(imagemap('https://cdn.example.com/spring', 'a'.repeat(1501)), [project])).toEqual([
      'alt-text-too-long messages[0].altText',
    ]);
  });
});

describe('Flex bubbles', () => {
  const flex = (contents: unknown, altText = 'Brown Cafe'): CampaignMessage => ({
    type: 'flex',
    altText,
    contents,
  });
  const carousel = (n: number) => ({
    type: 'carousel',
    contents: Array.from({ length: n }, () => cafeBubble),
  });

  it('accept what the Flex Message Simulator makes, a bubble or a carousel of up to 12', () => {
    expect(codes(flex(cafeBubble))).toEqual([]);
    expect(codes(flex(carousel(12)))).toEqual([]);
    expect(codes(flex(carousel(13)))).toEqual(['flex-bubble-count messages[0].contents.contents']);
    expect(codes(flex(carousel(0)))).toEqual(['flex-bubble-count messages[0].contents.contents']);
    expect(flexBubbleCount(carousel(3))).toBe(3);
  });

  it('name the JSON path of what the official schema refuses', () => {
    const noLayout = { ...cafeBubble, body: { type: 'box', contents: [] } };
    expect(checkMessage(flex(noLayout), 'messages[1]')).toMatchObject([
      {
        code: 'flex-property-missing',
        path: 'messages[1].contents.body.layout',
        params: { property: 'layout' },
      },
    ]);
    const badSize = { ...cafeBubble, size: 'huge' };
    expect(checkMessage(flex(badSize), 'messages[0]')).toMatchObject([
      { code: 'flex-value-not-allowed', path: 'messages[0].contents.size' },
    ]);
    const badText = {
      ...cafeBubble,
      body: { type: 'box', layout: 'vertical', contents: [{ type: 'text', text: 42 }] },
    };
    expect(checkMessage(flex(badText), 'messages[0]')).toMatchObject([
      {
        code: 'flex-wrong-type',
        path: 'messages[0].contents.body.contents[0].text',
        params: { expected: 'string' },
      },
    ]);
    expect(codes(flex({ type: 'bubbles' }))).toEqual(['flex-value-not-allowed messages[0].contents.type']);
  });

  it('refuse a bubble over 30 KB, a missing alternative text, and device-dependent characters in its texts', () => {
    const big = {
      ...cafeBubble,
      body: { type: 'box', layout: 'vertical', contents: [{ type: 'text', text: 'x'.repeat(31 * 1024) }] },
    };
    expect(codes(flex(big))).toEqual(['flex-too-large messages[0].contents']);
    expect(codes(flex(cafeBubble, ''))).toEqual(['alt-text-missing messages[0].altText']);
    const pua = {
      ...cafeBubble,
      body: { type: 'box', layout: 'vertical', contents: [{ type: 'text', text: 'Cafe \uE001' }] },
    };
    expect(codes(flex(pua))).toEqual([
      'device-dependent-character messages[0].contents.body.contents[0].text',
    ]);
  });

  it('read a paste of a bubble, a carousel or a whole flex message, and say where JSON breaks', () => {
    expect(parseFlexPaste(JSON.stringify(cafeBubble), 'Cafe')).toEqual({
      ok: true,
      message: { type: 'flex', altText: 'Cafe', contents: cafeBubble },
    });
    const whole = { type: 'flex', altText: 'From the simulator', contents: carousel(2) };
    expect(parseFlexPaste(JSON.stringify(whole))).toEqual({ ok: true, message: whole });
    const broken = parseFlexPaste('{\n  "type": "bubble",\n  "body": }');
    expect(broken).toMatchObject({ ok: false, line: 3, column: 11 });
  });
});

describe('the bubbles of a send', () => {
  it('are 1 to 5', () => {
    const one = text('Hi');
    expect(checkMessages([], 'messages').map((f) => f.code)).toEqual(['messages-missing']);
    expect(checkMessages([one, one, one, one, one], 'messages')).toEqual([]);
    expect(checkMessages([one, one, one, one, one, one], 'messages').map((f) => f.code)).toEqual([
      'messages-too-many',
    ]);
  });
});
