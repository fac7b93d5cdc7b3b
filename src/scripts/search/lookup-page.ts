/** `/lookup/?q=…`: one unambiguous reading → replace this page with it; otherwise show the readings or say it is not here. */
import { lookupQuery } from './search-data.ts';
import type { LookupOutcome } from '../../../core/search/lookup.ts';
import { renderLookup } from './lookup-render.ts';
import { biSpan, say } from '../i18n.ts';
import { searchPage as s } from '../../lib/i18n/search-page.ts';

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
    status.replaceChildren(say(s.lookupLoadFailed));
    document.body.dataset.lookupState = 'error';
    return;
  }
  if (outcome.status === 'found') {
    status.replaceChildren(
      biSpan({
        zh: s.lookupOpening.zh.replace('{label}', outcome.target.label),
        en: s.lookupOpening.en.replace('{label}', outcome.target.labelEn),
      }),
    );
    location.replace(outcome.target.url);
    return;
  }
  if (outcome.status === 'none') {
    status.replaceChildren(say(s.lookupNotNumber, { q }));
    const p = document.createElement('p');
    const a = document.createElement('a');
    a.href = `/search/?q=${encodeURIComponent(q)}`;
    a.append(say(s.lookupSearchText, { q }));
    p.append(a);
    box.replaceChildren(p);
    box.hidden = false;
  } else {
    status.replaceChildren(say(outcome.status === 'ambiguous' ? s.lookupAmbiguous : s.lookupNotHere));
    box.hidden = !renderLookup(box, outcome);
  }
  document.body.dataset.lookupState = outcome.status;
}
void main();
