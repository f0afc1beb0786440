/**
 * A busy feed for the page benchmark (scripts/bench-page.ts), served as a subdomain of x.com so the
 * content script runs with the X adapter: 10,000 posts (?items=N) mutating ten times a second — counts
 * and texts change, posts come in at the end and leave from the start — and a composer in X's markup.
 * `window.__bench` adds and removes reply composers, to see whether sessions of departed fields leak.
 */
declare global {
  interface Window {
    __bench: { addComposer(): void; removeComposer(): void; mutations: number };
  }
}

const items = Number(new URLSearchParams(location.search).get('items') ?? 10_000);
const feed = document.getElementById('feed')!;
const replies = document.getElementById('replies')!;
let serial = 0;

function post(): HTMLElement {
  const n = serial++;
  const article = document.createElement('article');
  article.dataset.testid = 'tweet';
  article.tabIndex = 0;
  const name = document.createElement('div');
  name.dataset.testid = 'User-Name';
  name.textContent = `user${n} @user${n}`;
  const text = document.createElement('div');
  text.dataset.testid = 'tweetText';
  text.textContent = `Post number ${n}: a day at the clinic, nothing to report.`;
  const likes = document.createElement('span');
  likes.className = 'likes';
  likes.textContent = '0';
  article.append(name, text, likes);
  return article;
}

for (let i = 0; i < items; i++) feed.append(post());

window.__bench = {
  mutations: 0,
  addComposer() {
    const box = document.createElement('div');
    box.dataset.testid = 'tweetTextarea_1';
    box.contentEditable = 'true';
    box.setAttribute('role', 'textbox');
    replies.append(box);
    box.focus();
  },
  removeComposer() {
    replies.replaceChildren();
  },
};

setInterval(() => {
  const children = feed.children;
  for (let i = 0; i < 50; i++) {
    const article = children[Math.floor(Math.random() * children.length)]!;
    const likes = article.querySelector('.likes')!;
    likes.textContent = String(Number(likes.textContent) + 1);
    if (i % 2) article.querySelector('[data-testid="tweetText"]')!.textContent = `Edited at ${performance.now().toFixed(0)}`;
  }
  for (let i = 0; i < 5; i++) {
    feed.firstElementChild?.remove();
    feed.append(post());
  }
  window.__bench.mutations++;
}, 100);
