/** `/lookup/?q=…`: one unambiguous reading → replace this page with it; otherwise show the readings or say it is not here. */
import { lookupQuery } from './search-data.ts';
import type { LookupOutcome } from '../../../core/search/lookup.ts';
import { renderLookup } from './lookup-render.ts';

const status = document.querySelector<HTMLElement>('#lookup-status')!;
const box = document.querySelector<HTMLElement>('#lookup-result')!;
const input = document.querySelector<HTMLInputElement>('#lookup-q')!;
const q = (new URLSearchParams(location.search).get('q') ?? '').trim();
input.value = q;

async function main(): Promise<void> {
  if (q === '') {
    document.body.dataset.lookupState = 'idle';
    return;
  }
  let outcome: LookupOutcome;
  try {
    outcome = await lookupQuery(q);
  } catch {
    status.textContent = '查找表未能加载，请稍后再试。';
    document.body.dataset.lookupState = 'error';
    return;
  }
  if (outcome.status === 'found') {
    status.textContent = `正在打开 ${outcome.target.label}…`;
    location.replace(outcome.target.url);
    return;
  }
  if (outcome.status === 'none') {
    status.textContent = `“${q}”不是可识别的决议、决定或文件编号。`;
    const p = document.createElement('p');
    const a = document.createElement('a');
    a.href = `/search/?q=${encodeURIComponent(q)}`;
    a.textContent = `在全文中搜索“${q}”`;
    p.append(a);
    box.replaceChildren(p);
    box.hidden = false;
  } else {
    status.textContent = outcome.status === 'ambiguous' ? '该编号对应多个条目。' : '未在本站资料中找到该编号。';
    box.hidden = !renderLookup(box, outcome);
  }
  document.body.dataset.lookupState = outcome.status;
}
void main();
