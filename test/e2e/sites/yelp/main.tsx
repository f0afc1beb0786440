import { createRoot } from 'react-dom/client';
import { ReviewWithReply, type Review } from '../editors/ReviewReplies';

/**
 * A copy of Yelp for Business' reviews page: each review in a list item, its text marked with its
 * language (span[lang]) as on yelp.com, and "Respond publicly" revealing a textarea reply form.
 */
const REVIEWS: Review[] = [
  { id: 'r1', author: 'Chris P.', text: 'Dr. Okafor rushed my appointment and never explained my blood test results. I still do not know if my thyroid is OK.' },
  { id: 'r2', author: 'Dana W.', text: 'Friendly front desk and short wait. Parking is tight.' },
];

function App() {
  return (
    <main>
      <h1>Reviews</h1>
      <ul>
        {REVIEWS.map((review) => (
          <li key={review.id} data-review-id={review.id}>
            <ReviewWithReply
              review={review}
              replyLabel="Respond publicly"
              renderText={(text) => (
                <p className="comment">
                  <span lang="en">{text}</span>
                </p>
              )}
            />
          </li>
        ))}
      </ul>
    </main>
  );
}

createRoot(document.getElementById('yelp')!).render(<App />);
