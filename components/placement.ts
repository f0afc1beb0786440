import { computePosition, flip, hide, offset, shift, size } from '@floating-ui/dom';

async function placeWith(reference: HTMLElement, floating: HTMLElement, options: Parameters<typeof computePosition>[2]) {
  const { x, y, middlewareData } = await computePosition(reference, floating, { strategy: 'fixed', ...options });
  Object.assign(floating.style, {
    left: `${x}px`,
    top: `${y}px`,
    visibility: middlewareData.hide?.referenceHidden ? 'hidden' : 'visible',
  });
}

/** The badge sits inside the field's bottom-right corner, like a spelling checker's. */
export const placeBadge = (reference: HTMLElement, floating: HTMLElement) =>
  placeWith(reference, floating, {
    placement: 'bottom-end',
    middleware: [offset(({ rects }) => ({ mainAxis: -rects.floating.height - 4, crossAxis: -4 })), hide()],
  });

/** The panel opens below the field (above when there is no room), never past the viewport. */
export const placePanel = (reference: HTMLElement, floating: HTMLElement) =>
  placeWith(reference, floating, {
    placement: 'bottom-start',
    middleware: [
      offset(6),
      flip(),
      shift({ padding: 8 }),
      size({
        padding: 8,
        apply: ({ availableHeight }) => {
          floating.style.maxHeight = `${Math.max(160, availableHeight)}px`;
        },
      }),
      hide(),
    ],
  });
