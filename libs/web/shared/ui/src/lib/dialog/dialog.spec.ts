import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Dialog } from './dialog';

@Component({ changeDetection: ChangeDetectionStrategy.OnPush, selector: 'lib-dialog-host',
  imports: [Dialog],
  template: `
    <button type="button" id="opener" (click)="open.set(true)">Åbn</button>
    @if (open()) {
      <lib-dialog heading="Lukke budgetåret?" confirmLabel="Ja, luk" [busy]="busy()" (confirmed)="confirmed = confirmed + 1" (closed)="open.set(false)">
        <p>Året bliver skrivebeskyttet.</p>
      </lib-dialog>
    }
  `,
})
class Host {
  readonly open = signal(false);
  readonly busy = signal(false);
  confirmed = 0;
}

describe('Dialog', () => {
  async function openDialog() {
    const fixture = TestBed.createComponent(Host);
    document.body.appendChild(fixture.nativeElement);
    const opener = fixture.nativeElement.querySelector('#opener') as HTMLButtonElement;
    opener.focus();
    opener.click();
    await fixture.whenStable();
    const dialog = fixture.nativeElement.querySelector('[role=dialog]') as HTMLElement;
    return { fixture, opener, dialog };
  }

  afterEach(() => document.body.replaceChildren());

  const buttons = (root: HTMLElement) => Array.from(root.querySelectorAll('button'));

  it('is a labelled modal dialog with the content and both buttons, and takes the focus', async () => {
    const { dialog } = await openDialog();

    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const heading = document.getElementById(dialog.getAttribute('aria-labelledby') ?? '');
    expect(heading?.textContent).toBe('Lukke budgetåret?');
    expect(dialog.textContent).toContain('Året bliver skrivebeskyttet.');
    expect(buttons(dialog).map((b) => b.textContent?.trim())).toEqual(['Ja, luk', 'Annuller']);
    expect(document.activeElement).toBe(dialog);
  });

  it('reports the confirmation', async () => {
    const { fixture, dialog } = await openDialog();
    buttons(dialog)[0].click();

    expect(fixture.componentInstance.confirmed).toBe(1);
  });

  it('closes on Escape and gives the focus back to what opened it', async () => {
    const { fixture, opener, dialog } = await openDialog();
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await fixture.whenStable();

    expect(fixture.nativeElement.querySelector('[role=dialog]')).toBeNull();
    expect(document.activeElement).toBe(opener);
    expect(fixture.componentInstance.confirmed).toBe(0);
  });

  it('keeps the focus on the dialog when the button that had it is disabled while busy', async () => {
    const { fixture, dialog } = await openDialog();
    const [confirm] = buttons(dialog);
    confirm.focus();
    fixture.componentInstance.busy.set(true);
    await fixture.whenStable();

    expect(confirm.disabled).toBe(true);
    expect(document.activeElement).toBe(dialog);
  });

  it('keeps Tab inside the dialog', async () => {
    const { dialog } = await openDialog();
    const [confirm, cancel] = buttons(dialog);
    cancel.focus();
    cancel.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    expect(document.activeElement).toBe(confirm);

    confirm.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', shiftKey: true, bubbles: true }));
    expect(document.activeElement).toBe(cancel);
  });
});
