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
