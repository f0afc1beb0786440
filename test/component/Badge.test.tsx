import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Badge } from '../../components/Badge';

describe('Badge', () => {
  it('has a name that says the count and the verdict in words, in the UI language', () => {
    render(<Badge lang="fr" verdict="block" count={3} expanded={false} controls="p" onToggle={() => {}} />);
    const badge = screen.getByRole('button', { name: /Divulgue des informations de patient.*3/ });
    expect(badge).toHaveProperty('type', 'button');
    expect(badge.getAttribute('aria-expanded')).toBe('false');
    expect(badge.getAttribute('aria-controls')).toBe('p');
    expect(badge.textContent).toBe('3');
    expect(badge.querySelector('svg[data-safepost-icon="block"]')?.getAttribute('aria-hidden')).toBe('true');
    expect(badge.lang).toBe('fr');
  });

  it('tells ok apart by shape and words, not colour alone', () => {
    render(<Badge lang="en" verdict="ok" count={0} expanded={false} controls="p" onToggle={() => {}} />);
    const badge = screen.getByRole('button', { name: 'SafePost: nothing to fix in this draft' });
    expect(badge.textContent).toBe('');
    expect(badge.querySelector('svg[data-safepost-icon="ok"] path')?.getAttribute('d')).not.toBe(
      (() => {
        const { container } = render(<Badge lang="en" verdict="warn" count={1} expanded={false} controls="q" onToggle={() => {}} />);
        return container.querySelector('svg path')?.getAttribute('d');
      })(),
    );
  });

  it('is reached with Tab and opens the panel with Enter or Space', async () => {
    const user = userEvent.setup();
    const onToggle = vi.fn();
    render(<Badge lang="en" verdict="warn" count={1} expanded={false} controls="p" onToggle={onToggle} />);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button'));
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    expect(onToggle).toHaveBeenCalledTimes(2);
  });
});
