/**
 * A busy feed for the page benchmark (scripts/bench-page.ts), served as a subdomain of x.com so the
 * content script runs with the X adapter: 10,000 posts (?items=N) mutating ten times a second — counts
 * and texts change, posts stream in and out at the end — and a composer in X's markup.
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

// Counts tick and texts are edited in place, and posts stream in and out at the end of the feed, as an
// infinite scroll does: busy, but without shifting every post on each update. Each post is a layout and
// paint boundary (index.html). Without both, Chromium re-lays out and pre-paints all 10,000 posts ten
// times a second, which saturates the main thread on its own, with or without SafePost.
setInterval(() => {
  const children = feed.children;
  for (let i = 0; i < 50; i++) {
    const article = children[Math.floor(Math.random() * children.length)]!;
    const likes = article.querySelector('.likes')!;
    likes.textContent = String(Number(likes.textContent) + 1);
    if (i % 2) article.querySelector('[data-testid="tweetText"]')!.textContent = `Edited at ${performance.now().toFixed(0)}`;
  }
  for (let i = 0; i < 5; i++) feed.lastElementChild?.remove();
  for (let i = 0; i < 5; i++) feed.append(post());
  window.__bench.mutations++;
}, 100);
