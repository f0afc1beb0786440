import { createRoot } from 'react-dom/client';
import { ReviewWithReply, type Review } from '../editors/ReviewReplies';

/**
 * A copy of Google Business Profile's reviews list (business.google.com): review cards as list items
 * with generated class names, the review text in a plain element, and a reply box opened by "Reply".
 */
const REVIEWS: Review[] = [
  { id: 'g1', author: 'Priya N.', text: 'The pharmacy gave me the wrong dose of my insulin refill last Friday. Nobody has called me back.' },
];

function App() {
  return (
    <main role="main">
      <div role="list">
        {REVIEWS.map((review) => (
          <div key={review.id} role="listitem" className="noyJyc">
            <ReviewWithReply review={review} replyLabel="Reply" renderText={(text) => <div className="gyKkFe JhRJje">{text}</div>} />
          </div>
        ))}
      </div>
    </main>
  );
}

createRoot(document.getElementById('gbp')!).render(<App />);
