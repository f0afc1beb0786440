import { describe, expect, it } from 'vitest';
import { nearestField } from '../../lib/page/composedTree';

describe('nearestField', () => {
  it('pairs a post button with the editor of its own composer', () => {
    document.body.innerHTML = `
      <main>
        <form id="a"><div class="editor" id="fa"></div><div class="bar"><button id="ba">Post</button></div></form>
        <div role="dialog"><div><div class="editor" id="fb"></div></div><button id="bb">Reply</button></div>
      </main>`;
    const fields = [document.getElementById('fa')!, document.getElementById('fb')!];
    expect(nearestField(document.getElementById('ba')!, fields)?.id).toBe('fa');
    expect(nearestField(document.getElementById('bb')!, fields)?.id).toBe('fb');
  });

  it('finds editors inside open shadow roots from a button outside them, and the reverse', () => {
    document.body.innerHTML = '<section><x-composer></x-composer><button id="post">Post</button></section><aside><button id="far">x</button></aside>';
    const host = document.querySelector('x-composer')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div><div contenteditable="true" id="editor"></div><input type="file" id="file"></div>';
    const editor = shadow.getElementById('editor')!;
    expect(nearestField(document.getElementById('post')!, [editor])).toBe(editor);
    expect(nearestField(shadow.getElementById('file')!, [editor])).toBe(editor);
  });

  it('belongs to no field when they share nothing below <body>', () => {
    document.body.innerHTML = '<div><div id="f"></div></div><button id="b">Other</button>';
    expect(nearestField(document.getElementById('b')!, [document.getElementById('f')!])).toBeUndefined();
  });
});
