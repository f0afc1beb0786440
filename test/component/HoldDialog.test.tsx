import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { HoldDialog, type HoldDialogProps } from '../../components/HoldDialog';

beforeAll(() => {
  // happy-dom's <dialog> has no modal mode of its own: open it as browsers do.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
});

function renderDialog(props: Partial<HoldDialogProps> = {}) {
  const handlers = { onFix: vi.fn(), onRedact: vi.fn(), onPostAnyway: vi.fn() };
  render(<HoldDialog lang="en" mode="confirm" count={2} canRedact {...handlers} {...props} />);
  return handlers;
}

describe('HoldDialog', () => {
  it('is a named dialog that says why the post was held', () => {
    renderDialog();
    const dialog = screen.getByRole('dialog', { name: 'Post with possible patient information?' });
    expect(dialog.getAttribute('aria-describedby')).toBeTruthy();
    expect(dialog.textContent).toContain('may identify a patient (2)');
  });

  it('confirm: posting anyway needs a reason, then reports it', async () => {
    const user = userEvent.setup();
    const { onPostAnyway } = renderDialog();
    const post = screen.getByRole('button', { name: 'Post anyway' });
    expect(post).toHaveProperty('disabled', true);
    await user.click(screen.getByRole('radio', { name: 'The patient gave written authorization' }));
    await user.click(post);
    expect(onPostAnyway).toHaveBeenCalledWith('authorized');
  });

  it('block: offers fixing only, in the UI language', async () => {
    const user = userEvent.setup();
    const { onFix, onRedact } = renderDialog({ mode: 'block', lang: 'tr' });
    expect(screen.getByRole('dialog', { name: 'Bu gönderi henüz gönderilemez' }).lang).toBe('tr');
    expect(screen.queryByRole('button', { name: 'Yine de paylaş' })).toBeNull();
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Yer tutucularla değiştir' }));
    expect(onRedact).toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Gözden geçir ve düzelt' }));
    expect(onFix).toHaveBeenCalled();
  });

  it('keyboard: focus starts on fixing, and Escape keeps the draft (same as fixing)', async () => {
    const user = userEvent.setup();
    const { onFix, onPostAnyway } = renderDialog();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Review and fix' }));
    screen.getByRole('dialog').dispatchEvent(new Event('cancel', { cancelable: true }));
    expect(onFix).toHaveBeenCalled();
    await user.keyboard('{Escape}');
    expect(onPostAnyway).not.toHaveBeenCalled();
    for (const button of screen.getAllByRole('button')) expect(button.getAttribute('type')).toBe('button');
  });
});
