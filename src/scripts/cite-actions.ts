/**
 * "Copy link" and "Cite" on every paragraph and result that carries data-url and data-cite.
 * Added by script (they need the clipboard), so pages without JavaScript show no dead buttons.
 */
function absolute(url: string): string {
  return new URL(url, location.origin).href;
}

async function copy(text: string, button: HTMLButtonElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Clipboard refused (insecure context, permissions): show the text so it can be copied by hand.
    window.prompt('', text);
  }
  const label = button.textContent;
  button.textContent = '已复制';
  button.dataset.copied = text;
  setTimeout(() => (button.textContent = label), 1500);
}

for (const el of document.querySelectorAll<HTMLElement>('[data-url][data-cite]')) {
  const url = absolute(el.dataset.url!);
  const cite = `${el.dataset.cite}（${url}）`;
  const bar = document.createElement('div');
  bar.className = 'para-actions';
  for (const [label, text, action] of [['复制链接', url, 'copy-link'], ['引用', cite, 'cite']] as const) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.dataset.action = action;
    b.addEventListener('click', () => void copy(text, b));
    bar.append(b);
  }
  (el.querySelector('.para-body') ?? el).append(bar);
}
