import { mountLexical, type LexicalField } from '../editors/lexical';
import { exposeModel, html, recordPost } from '../shared';

/**
 * A copy of a Reddit post page (shreddit, built from web components): shreddit-post, a
 * shreddit-comment with its reply button, and shreddit-composer — whose open shadow root holds the
 * Lexical editor — with its submit button slotted in as button[slot="submit-button"]. The reply
 * composer is created when "Reply" is clicked, as Reddit does.
 */
class ShredditComposer extends HTMLElement {
  private field?: LexicalField;

  connectedCallback() {
    if (this.shadowRoot) return;
    const shadow = this.attachShadow({ mode: 'open' });
    shadow.append(
      html(`<style>
          .rte { min-height: 40px; border: 1px solid #ccc; border-radius: 20px; padding: 8px 12px; outline: none; white-space: pre-wrap; }
          .rte p { margin: 0; }
        </style>
        <div class="rte" aria-placeholder="Join the conversation" name="body"></div>
        <div class="actions"><slot name="submit-button"></slot></div>`),
    );
    this.field = mountLexical(shadow.querySelector<HTMLElement>('.rte')!);
    exposeModel(this.field.text, this.getAttribute('name') ?? 'comment');
    this.querySelector('button[slot="submit-button"]')?.addEventListener('click', () => {
      recordPost(this.field!.text());
      this.field!.clear();
    });
  }

  disconnectedCallback() {
    this.field?.dispose();
  }
}
customElements.define('shreddit-composer', ShredditComposer);

const composer = (name: string) =>
  `<shreddit-composer name="${name}"><button slot="submit-button" type="submit">Comment</button></shreddit-composer>`;

document.getElementById('reddit')!.append(
  html(`<shreddit-post>
      <h1 slot="title">Waited 6 hours in the ER at Mercy General last night</h1>
      <div slot="text-body"><p>Is this normal? I have a heart condition and nobody checked on me.</p></div>
    </shreddit-post>
    <comment-composer-host>${composer('comment')}</comment-composer-host>
    <shreddit-comment-tree>
      <shreddit-comment author="worried_mom">
        <div slot="comment"><p>My son was there too with a broken arm and they sent him home without an x-ray. Can the hospital explain why?</p></div>
        <shreddit-comment-action-row><button type="button" class="reply">Reply</button></shreddit-comment-action-row>
      </shreddit-comment>
    </shreddit-comment-tree>`),
);

document.querySelector('shreddit-comment .reply')!.addEventListener('click', (event) => {
  const comment = (event.target as HTMLElement).closest('shreddit-comment')!;
  if (!comment.querySelector('shreddit-composer')) comment.append(html(composer('reply')));
});
