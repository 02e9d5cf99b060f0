/**
 * A 1C-Bitrix news export (`CIBlockElement::GetList` as JSON): `ID`, `NAME`,
 * `ACTIVE_FROM` as `DD.MM.YYYY HH:MI:SS` site time, `PREVIEW_TEXT` /
 * `DETAIL_TEXT` with their `*_TYPE`, `SHOW_COUNTER`, `DETAIL_PAGE_URL`.
 * Paging and ranges come from the endpoint template (`PAGEN_1={page}`).
 */
import { count, type Preset } from '../preset.js';

type Rec = Record<string, unknown>;

const textOf = (value: unknown, type: unknown): unknown =>
  typeof value === 'string' && String(type).toLowerCase() === 'text' ? { text: value } : value;

const bitrix: Preset = {
  items: ['result.news', 'result.items', 'result.ITEMS', 'news', 'items', 'ITEMS', 'result', 'data', ''],
  map: {
    id: 'ID',
    title: 'NAME',
    date: ['ACTIVE_FROM', 'DATE_ACTIVE_FROM', 'DATE_CREATE'],
    lead: 'PREVIEW_TEXT',
    url: 'DETAIL_PAGE_URL',
    views: 'SHOW_COUNTER',
    section: ['SECTION_NAME', 'IBLOCK_SECTION_NAME'],
    titleType: 'auto',
    leadType: 'auto',
  },
  read: {
    body: (r) => {
      const b = textOf(r.DETAIL_TEXT, r.DETAIL_TEXT_TYPE);
      return typeof b === 'string' ? (b.trim() ? { html: b } : undefined) : b;
    },
    image: (r) => {
      const p = (r.PREVIEW_PICTURE ?? r.DETAIL_PICTURE) as Rec | string | undefined;
      return typeof p === 'string'
        ? p
        : p && typeof p === 'object'
          ? { src: p.SRC, alt: p.ALT ?? p.DESCRIPTION }
          : undefined;
    },
  },
  totals: (body) => {
    const b = body as Rec | null;
    const r = (b?.result ?? b) as Rec | undefined;
    const nav = (r?.NAV ?? r?.nav) as Rec | undefined;
    return {
      total: count(r?.total ?? r?.TOTAL ?? nav?.RECORD_COUNT ?? r?.NavRecordCount),
      pages: count(r?.pages ?? nav?.PAGE_COUNT ?? r?.NavPageCount),
    };
  },
};

export default bitrix;
