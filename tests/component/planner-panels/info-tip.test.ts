// The info tip every figure carries: opened and closed from the keyboard, by a click outside,
// by tabbing away; its three parts with the user's own values.
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import InfoTip from '../../../src/ui/InfoTip.svelte';

const AVAILABLE = {
  label: 'À propos de : Disponible',
  title: 'Disponible',
  meaning: 'Ce qu’il reste à engager sur le budget prévu.',
  formula:
    'Disponible = prévu − engagé − réalisé = 48 000,00 € − 12 000,00 € − 20 500,00 € = 15 500,00 €',
  ruleOfThumb: 'Un disponible négatif signale un dépassement à arbitrer.',
};

function setup(props: Partial<typeof AVAILABLE> = {}) {
  const user = userEvent.setup();
  render(InfoTip, { ...AVAILABLE, ...props });
  const trigger = screen.getByRole('button', { name: 'À propos de : Disponible' });
  return { user, trigger };
}

describe('InfoTip', () => {
  it('opens with Enter on its own, focused, and shows meaning, formula and rule of thumb', async () => {
    const { user, trigger } = setup();
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.tab();
    expect(trigger).toHaveFocus();
    await user.keyboard('{Enter}');
    const dialog = screen.getByRole('dialog', { name: 'Disponible' });
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    expect(trigger).toHaveAttribute('aria-controls', dialog.id);
    expect(dialog).toHaveFocus();
    expect(dialog).toHaveTextContent(AVAILABLE.meaning);
    expect(dialog).toHaveTextContent('48 000,00 € − 12 000,00 € − 20 500,00 € = 15 500,00 €');
    expect(dialog).toHaveTextContent(AVAILABLE.ruleOfThumb);
  });

  it('closes with Escape and gives the focus back to its button; Space opens it again', async () => {
    const { user, trigger } = setup();
    await user.tab();
    await user.keyboard('{Enter}');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(trigger).toHaveFocus();
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard(' ');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('keeps its Escape from reaching what surrounds it', async () => {
    const { user } = setup();
    const keys: string[] = [];
    const listen = (event: KeyboardEvent) => keys.push(event.key);
    document.addEventListener('keydown', listen);
    await user.tab();
    await user.keyboard('{Enter}{Escape}');
    document.removeEventListener('keydown', listen);
    expect(keys).toContain('Enter');
    expect(keys).not.toContain('Escape');
  });

  it('closes on a click outside, and stays open on a click inside', async () => {
    const { user, trigger } = setup();
    await user.click(trigger);
    await user.click(screen.getByText(AVAILABLE.meaning));
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await user.click(document.body);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('toggles with its button, and closes when the focus moves on', async () => {
    const user = userEvent.setup();
    render(InfoTip, AVAILABLE);
    const after = document.createElement('button');
    after.textContent = 'Suivant';
    document.body.append(after);
    const trigger = screen.getByRole('button', { name: AVAILABLE.label });
    await user.click(trigger);
    await user.click(trigger);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.click(trigger);
    // A blur to nowhere (the window losing focus) keeps it open.
    (document.activeElement as HTMLElement).blur();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    screen.getByRole('dialog').focus();
    await user.tab();
    expect(after).toHaveFocus();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    after.remove();
  });

  it('leaves the rule of thumb out when there is none', async () => {
    const { user, trigger } = setup({ ruleOfThumb: '' });
    await user.click(trigger);
    expect(screen.getByRole('dialog').querySelectorAll('p')).toHaveLength(2);
  });
});
