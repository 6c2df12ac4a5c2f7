/**
 * Opens the search dialog (src/components/search-dialog.astro): from the header box (its
 * focus, carrying what was typed), "/" outside a text field, Ctrl+K / ⌘K anywhere. On the
 * search page "/" and Ctrl+K focus the page's own box instead. Closing returns focus to what
 * opened the dialog. This file loads on every page, so it only opens and closes: the searching
 * (dialog-search.ts, Pagefind, the search data) is imported on the first opening.
 */
const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
const input = dialog?.querySelector<HTMLInputElement>('[data-sd-input]');
const headerBox = document.querySelector<HTMLInputElement>('#header-q');

if (dialog && input) {
  let opener: HTMLElement | null = null;
  let returningFocus = false;
  let behaviour: Promise<{ show(text: string): void }> | undefined;

  const open = (from: Element | null, text: string) => {
    if (dialog.open) return;
    opener = from instanceof HTMLElement ? from : null;
    input.value = text;
    dialog.showModal();
    input.focus();
    behaviour ??= import('./dialog-search.ts').then((m) => m.attachDialogSearch(dialog, input));
    void behaviour.then((b) => b.show(input.value));
  };

  dialog.addEventListener('close', () => {
    if (!opener?.isConnected) return;
    // Focus goes back to the header box without opening the dialog again.
    returningFocus = true;
    opener.focus();
    returningFocus = false;
  });
  dialog.querySelector('[data-sd-close]')?.addEventListener('click', () => dialog.close());
  // A click on the backdrop (the dialog element itself, outside its content) closes it.
  dialog.addEventListener('click', (event) => void (event.target === dialog && dialog.close()));

  headerBox?.addEventListener('focus', (event) => {
    // Closing a modal dialog gives focus back by itself: that focus must not open it again.
    if (returningFocus || (event.relatedTarget instanceof Node && dialog.contains(event.relatedTarget))) return;
    open(headerBox, headerBox.value);
  });

  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing = target && (target.isContentEditable || /^(input|textarea|select)$/i.test(target.tagName));
    const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
    const ctrlK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
    if (!slash && !ctrlK) return;
    event.preventDefault();
    const pageBox = document.querySelector<HTMLInputElement>('[data-search-page-input]');
    if (pageBox) pageBox.focus();
    else if (!dialog.open) open(document.activeElement, '');
  });
}
