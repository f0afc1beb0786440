import { describe, expect, it } from 'vitest';
import { mirrorGeometry, mirrorText, type FieldBox } from '../../lib/page/overlayGeometry';

const computed: FieldBox['computed'] = {
  boxSizing: 'border-box',
  borderTopWidth: '1px',
  borderRightWidth: '2px',
  borderBottomWidth: '3px',
  borderLeftWidth: '4px',
  paddingTop: '10px',
  paddingRight: '12px',
  paddingBottom: '10px',
  paddingLeft: '8px',
  fontFamily: 'Inter, sans-serif',
  fontSize: '15px',
  fontWeight: '400',
  fontStyle: 'normal',
  fontStretch: '100%',
  fontVariant: 'normal',
  lineHeight: '21px',
  letterSpacing: 'normal',
  wordSpacing: '0px',
  textTransform: 'none',
  textIndent: '0px',
  textAlign: 'start',
  tabSize: '8',
  direction: 'ltr',
};

const textarea: FieldBox = {
  rect: { left: 20, top: 300, width: 350, height: 120 },
  computed,
  clientWidth: 344, // 350 - 4 - 2: no scrollbar
  scrollTop: 0,
  scrollLeft: 0,
  singleLine: false,
};

describe('mirrorGeometry', () => {
  it('covers the field exactly, with its borders, padding and font, wrapping as a textarea does', () => {
    const { box } = mirrorGeometry(textarea);
    expect(box).toMatchObject({
      position: 'fixed',
      left: '20px',
      top: '300px',
      width: '350px',
      height: '120px',
      boxSizing: 'border-box',
      borderLeftWidth: '4px',
      borderBottomWidth: '3px',
      paddingLeft: '8px',
      paddingRight: '12px',
      fontFamily: 'Inter, sans-serif',
      fontSize: '15px',
      lineHeight: '21px',
      whiteSpace: 'pre-wrap',
      overflowWrap: 'break-word',
      pointerEvents: 'none',
      color: 'transparent',
    });
  });

  it('narrows the text column by the width of a vertical scrollbar', () => {
    const { box } = mirrorGeometry({ ...textarea, clientWidth: 329 }); // a 15px scrollbar
    expect(box.paddingRight).toBe('27px');
  });

  it('follows the field when it moves and when its text scrolls', () => {
    const { box, content } = mirrorGeometry({ ...textarea, rect: { ...textarea.rect, top: 40 }, scrollTop: 63, scrollLeft: 5 });
    expect(box.top).toBe('40px');
    expect(content.transform).toBe('translate(-5px, -63px)');
  });

  it('keeps an input on one unwrapped line, centred in its box', () => {
    const { box } = mirrorGeometry({ ...textarea, rect: { ...textarea.rect, height: 40 }, singleLine: true });
    expect(box.whiteSpace).toBe('pre');
    expect(box.lineHeight).toBe('16px'); // 40 - 1 - 3 - 10 - 10
  });
});

describe('mirrorText', () => {
  const text = 'Call 555-201-4477 today about\nthe surgery. More text follows here.';
  const phone = { end: text.indexOf(' today') };
  const surgery = { end: text.indexOf('. More') };

  it('stops after the word holding the last mark, so typing further on changes nothing', () => {
    expect(mirrorText(text, [phone], true)).toBe('Call 555-201-4477');
    expect(mirrorText(text, [phone, surgery], true)).toBe('Call 555-201-4477 today about\nthe surgery.');
    expect(mirrorText(`${text} and more`, [phone, surgery], true)).toBe(mirrorText(text, [phone, surgery], true));
  });

  it('keeps the whole paragraph when alignment or direction lets later text move earlier characters', () => {
    expect(mirrorText(text, [phone], false)).toBe('Call 555-201-4477 today about');
  });

  it('is empty when nothing is marked, and the whole text when the mark ends it', () => {
    expect(mirrorText(text, [], true)).toBe('');
    expect(mirrorText('call 555-201-4477', [{ end: 17 }], true)).toBe('call 555-201-4477');
  });
});
