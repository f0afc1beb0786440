import { autoUpdate } from '@floating-ui/dom';
import { useLayoutEffect, useRef, type ReactNode } from 'react';

export interface AnchoredProps {
  /** The site's element this UI follows (a compose field). */
  reference: HTMLElement;
  /** Positions `floating` for the reference's current box. */
  place: (reference: HTMLElement, floating: HTMLElement) => void | Promise<void>;
  className?: string;
  children: ReactNode;
}

/**
 * A fixed-position box that follows a page element through scrolling (of any ancestor, in shadow
 * roots too), resizing and reflow (floating-ui's autoUpdate: scroll and resize listeners,
 * layout-shift detection; a ResizeObserver on the element), placed at most once per animation frame.
 */
export function Anchored({ reference, place, className, children }: AnchoredProps) {
  const floating = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = floating.current;
    if (!el) return;
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => void place(reference, el));
    };
    // Only the reference's size is watched: a panel that resizes itself to the room left (size
    // middleware) would otherwise re-trigger its own placement and flip back and forth for ever.
    const stop = autoUpdate(reference, el, update, { elementResize: false });
    const resized = new ResizeObserver(update);
    resized.observe(reference);
    return () => {
      stop();
      resized.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [reference, place]);
  return (
    <div ref={floating} className={className} style={{ position: 'fixed', left: 0, top: 0 }}>
      {children}
    </div>
  );
}
