/** Names of resolutions, bodies and kinds in both languages (the glossary's UN names). */
import type { Body } from '../../core/schemas/common.ts';
import { bodyNames } from '../../core/bodies.ts';
import { t, type Bilingual } from './i18n/index.ts';

export type ResolutionKind = 'resolution' | 'decision';

export function bodyName(body: Body): Bilingual {
  return bodyNames[body];
}

export function kindName(kind: ResolutionKind): Bilingual {
  return t(kind === 'resolution' ? 'kindResolution' : 'kindDecision');
}

/** `大会第 74/247 号决议` / `General Assembly resolution 74/247`. */
export function resolutionName(body: Body, kind: ResolutionKind, number: string): Bilingual {
  const k = kindName(kind);
  const b = bodyNames[body];
  return { zh: t('resolutionName', { body: b.zh, number, kind: k.zh }).zh, en: t('resolutionName', { body: b.en, number, kind: k.en }).en };
}
