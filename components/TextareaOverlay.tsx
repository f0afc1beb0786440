import { autoUpdate } from '@floating-ui/dom';
import { useLayoutEffect, useRef } from 'react';
import type { Finding } from '../lib/checker/types';
import { fieldBox, mirrorGeometry } from '../lib/page/overlayGeometry';
import { textSegments } from '../lib/textSegments';

export interface TextareaOverlayProps {
  field: HTMLTextAreaElement | HTMLInputElement;
  text: string;
  findings: readonly Finding[];
}

/**
 * Findings in a textarea or input, which cannot hold highlights of its own: a transparent copy of
 * its text laid exactly over it, with each finding marked (background and underline, the style
 * depending on severity). Clicks go through to the field.
 */
export function TextareaOverlay({ field, text, findings }: TextareaOverlayProps) {
  const box = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (!box.current || !content.current) return;
        const geometry = mirrorGeometry(fieldBox(field));
        Object.assign(box.current.style, geometry.box);
        Object.assign(content.current.style, geometry.content);
      });
    };
    const stop = autoUpdate(field, box.current!, update);
    field.addEventListener('scroll', update, { passive: true });
    return () => {
      stop();
      field.removeEventListener('scroll', update);
      cancelAnimationFrame(frame);
    };
  }, [field]);
  return (
    <div ref={box} className="sp-mirror" aria-hidden="true">
      <div ref={content}>
        {textSegments(text, findings).map((segment, i) =>
          segment.finding === undefined ? (
            segment.text
          ) : (
            <mark key={i} className={`sp-mark sp-sev-${findings[segment.finding]!.severity}`} data-safepost-mark="">
              {segment.text}
            </mark>
          ),
        )}
      </div>
    </div>
  );
}
