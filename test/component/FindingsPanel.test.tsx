import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FindingsPanel, type FindingsPanelProps } from '../../components/FindingsPanel';
import { t } from '../../lib/i18n';
import type { PanelItem } from '../../lib/page/findingsView';

const items: PanelItem[] = [
  { id: 'a', excerpt: '555-201-4477', category: 'PHONE', severity: 'warn', reason: { key: 'category_PHONE' } },
  { id: 'b', excerpt: '', category: 'PHOTO', severity: 'warn', reason: { key: 'reason_attachment_photo', values: { count: 2 } } },
];

function renderPanel(props: Partial<FindingsPanelProps> = {}) {
  const handlers = { onRedact: vi.fn(), onInsertReply: vi.fn(), onIgnore: vi.fn(), onClose: vi.fn() };
  render(
    <form onSubmit={props.onRedact ?? (() => {})} data-testid="site-form">
      <FindingsPanel id="panel" lang="en" verdict="block" items={items} ignoredCount={0} canRedact canInsertReply={false} {...handlers} {...props} />
    </form>,
  );
  return handlers;
}

describe('FindingsPanel', () => {
  it('is a named region that lists each finding: what it is, the text, and why, localized', () => {
    render(
      <FindingsPanel id="p" lang="es" verdict="warn" items={items} ignoredCount={0} canRedact canInsertReply={false}
        onRedact={() => {}} onInsertReply={() => {}} onIgnore={() => {}} onClose={() => {}} />,
    );
    const panel = screen.getByRole('dialog', { name: 'Revisar antes de publicar' });
    expect(panel.lang).toBe('es');
    const [phone, photo] = within(panel).getAllByRole('listitem');
    // Category names come from the shared catalog; they must be the Spanish ones.
    expect(t('es', 'category_PHONE')).not.toBe(t('en', 'category_PHONE'));
    expect(phone!.textContent).toContain(t('es', 'category_PHONE'));
    expect(phone!.textContent).toContain('555-201-4477');
    expect(photo!.textContent).toContain(t('es', 'category_PHOTO'));
    expect(within(photo!).getByRole('button', { name: 'Ignorar esta vez: Imagen o vídeo adjunto' })).toBeTruthy();
    expect(photo!.textContent).toContain('Imágenes o vídeos adjuntos: 2.');
    expect(within(panel).getByText('Puede contener información de pacientes')).toBeTruthy();
  });

  it('takes focus when it opens, is walked with Tab (fixes first, then each finding), and closes with Escape', async () => {
    const user = userEvent.setup();
    const { onClose, onIgnore } = renderPanel();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Check before posting' }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Close' }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Replace them with placeholders' }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Ignore once: 555-201-4477' }));
    await user.keyboard('{Enter}');
    expect(onIgnore).toHaveBeenCalledWith('a');
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalled();
  });

  it('never submits the site’s form it may sit in: every button is type="button"', async () => {
    const user = userEvent.setup();
    const submit = vi.fn((e: Event) => e.preventDefault());
    const { onRedact } = renderPanel();
    screen.getByTestId('site-form').addEventListener('submit', submit);
    for (const button of screen.getAllByRole('button')) expect(button.getAttribute('type')).toBe('button');
    await user.click(screen.getByRole('button', { name: 'Replace them with placeholders' }));
    expect(onRedact).toHaveBeenCalled();
    expect(submit).not.toHaveBeenCalled();
  });

  it('offers the private-channel reply only when the checker suggests it', () => {
    renderPanel();
    expect(screen.queryByRole('button', { name: 'Reply privately instead' })).toBeNull();
  });

  it('explains the private-channel reply it offers', async () => {
    const user = userEvent.setup();
    const { onInsertReply } = renderPanel({ canInsertReply: true });
    const button = screen.getByRole('button', { name: 'Reply privately instead' });
    expect(button.getAttribute('data-safepost-action')).toBe('insert-reply');
    expect(screen.getByText(/invites them to a private channel/).id).toBe(button.getAttribute('aria-describedby'));
    await user.click(button);
    expect(onInsertReply).toHaveBeenCalled();
  });
});
