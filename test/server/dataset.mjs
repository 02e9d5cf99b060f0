// A deterministic set of news for the test server: October–November 2017 in
// Moscow time, 0–6 items a day, plus the traps (items near midnight).
const pad = (n) => String(n).padStart(2, '0');

/**
 * News for every day of `[start, end)` (UTC midnights), Moscow time: 0–6 a
 * weekday, 0–1 a weekend day, deterministic for a `seed`; ids after `firstId`.
 */
export function dailyItems(start, end, { firstId, seed }) {
  const items = [];
  let id = firstId;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let day = new Date(start); day < end; day = new Date(+day + 86_400_000)) {
    const y = day.getUTCFullYear();
    const m = day.getUTCMonth() + 1;
    const d = day.getUTCDate();
    const weekend = day.getUTCDay() % 6 === 0;
    const count = Math.floor(rnd() * (weekend ? 2 : 7));
    for (let i = 0; i < count; i++) {
      const h = 9 + Math.floor(rnd() * 12);
      const mi = Math.floor(rnd() * 60);
      items.push({
        id: ++id,
        title: `Новость ${y}-${pad(m)}-${pad(d)} №${i + 1}`,
        date: `${y}-${pad(m)}-${pad(d)}T${pad(h)}:${pad(mi)}:00+03:00`,
        lead: `Анонс новости за ${pad(d)}.${pad(m)}.${y}`,
        body: `<p>Текст новости за ${pad(d)}.${pad(m)}.${y}.</p>`,
        views: Math.floor(rnd() * 5000),
        section: i % 2 ? 'Экономика' : 'Общество',
        sectionId: i % 2 ? 2 : 1,
      });
    }
  }
  return items;
}

export function testItems() {
  const items = dailyItems(Date.UTC(2017, 9, 1), Date.UTC(2017, 11, 1), { firstId: 1000, seed: 7 });
  // 23:30 Moscow on 31 October, and 00:30 Moscow on 1 November (21:30Z on the 31st).
  items.push({
    id: 1,
    title: 'Поздно вечером 31 октября',
    date: '2017-10-31T23:30:00+03:00',
    lead: 'Вечер',
    body: '<p>Вечер</p>',
    section: 'Общество',
    sectionId: 1,
  });
  items.push({
    id: 2,
    title: 'Сразу после полуночи 1 ноября',
    date: '2017-10-31T21:30:00Z',
    lead: 'Ночь',
    body: '<p>Ночь</p>',
    section: 'Общество',
    sectionId: 1,
  });
  items.push({
    id: 3,
    title: '"Итоги" - года',
    date: '2017-12-31T23:30:00+03:00',
    lead: 'Новый год',
    body: '<p>С Новым годом</p>',
    section: 'Общество',
    sectionId: 1,
  });
  return items;
}

/**
 * A large archive for the cost tests and the benchmark: `total` items over
 * `days` days from 1 January 2016, Moscow time, about total/days a day at any
 * hour (near midnight too), deterministic. Built once per size.
 */
const archives = new Map();
export function archiveItems(total = 50_000, days = 521) {
  let items = archives.get(total);
  if (items) return items;
  items = [];
  let seed = 12345;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const perDay = total / days;
  for (let day = 0; items.length < total; day++) {
    const start = Date.UTC(2016, 0, 1) - 3 * 3_600_000 + day * 86_400_000; // Moscow midnight
    const count = Math.max(0, Math.round(perDay * (0.5 + rnd())));
    for (let i = 0; i < count && items.length < total; i++) {
      const ms = start + Math.floor(rnd() * 86_400) * 1000;
      const local = new Date(ms + 3 * 3_600_000).toISOString().slice(0, 19);
      const id = items.length + 100_000;
      items.push({
        id,
        title: `Новость архива №${id}`,
        date: `${local}+03:00`,
        lead: `Краткое содержание новости №${id} о событиях в районе.`,
        body: `<p>Текст новости №${id}: что произошло, где и когда, и что будет дальше.</p><p>Второй абзац.</p>`,
        views: Math.floor(rnd() * 5000),
        section: i % 2 ? 'Экономика' : 'Общество',
        sectionId: i % 2 ? 2 : 1,
      });
    }
  }
  archives.set(total, items);
  return items;
}
