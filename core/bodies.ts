/** Names of the bodies that adopt resolutions and decisions (glossary), for the UI. */
import type { Body } from './schemas/common.ts';

export const bodyNames: Record<Body, { zh: string; en: string }> = {
  GA: { zh: '大会', en: 'General Assembly' },
  SC: { zh: '安全理事会', en: 'Security Council' },
  ECOSOC: { zh: '经济及社会理事会', en: 'Economic and Social Council' },
  CND: { zh: '麻醉药品委员会', en: 'Commission on Narcotic Drugs' },
  CCPCJ: { zh: '预防犯罪和刑事司法委员会', en: 'Commission on Crime Prevention and Criminal Justice' },
  'COP-UNTOC': { zh: '联合国打击跨国有组织犯罪公约缔约方会议', en: 'Conference of the Parties to the UNTOC' },
  'COSP-UNCAC': { zh: '联合国反腐败公约缔约国会议', en: 'Conference of the States Parties to the UNCAC' },
};

export const kindNames = { resolution: '决议', decision: '决定' } as const;
export const kindNamesEn = { resolution: 'resolution', decision: 'decision' } as const;

/** `大会第 74/247 号决议` */
export function resolutionLabel(body: Body, kind: 'resolution' | 'decision', number: string): string {
  return `${bodyNames[body].zh}第 ${number} 号${kindNames[kind]}`;
}

/** `General Assembly resolution 74/247`: the English interface's name for the same resolution. */
export function resolutionLabelEn(body: Body, kind: 'resolution' | 'decision', number: string): string {
  return `${bodyNames[body].en} ${kindNamesEn[kind]} ${number}`;
}
