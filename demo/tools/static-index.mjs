// Writes demo/static/index.json from the month files beside it: the news of
// each month and of each day, in the site's zone (Moscow), so letopis knows
// the newest month and marks a calendar with one request. The same as the
// one-liner in the README:
//   node -e "const fs=require('fs'),d=process.argv[1],z=process.argv[2]||'Europe/Moscow',f=new Intl.DateTimeFormat('en-CA',{timeZone:z}),o={months:{},days:{}};for(const n of fs.readdirSync(d).filter(n=>/^\d{4}-\d{2}\.json$/.test(n)).sort())for(const i of JSON.parse(fs.readFileSync(d+'/'+n,'utf8')).items){const day=f.format(new Date(i.date_published)),m=day.slice(0,7);o.months[m]=(o.months[m]||0)+1;o.days[day]=(o.days[day]||0)+1}fs.writeFileSync(d+'/index.json',JSON.stringify(o)+'\n')" demo/static Europe/Moscow
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../static/', import.meta.url));
const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Moscow' });
const index = { months: {}, days: {} };
for (const name of readdirSync(dir)
  .filter((n) => /^\d{4}-\d{2}\.json$/.test(n))
  .sort())
  for (const item of JSON.parse(readFileSync(dir + name, 'utf8')).items) {
    const date = day.format(new Date(item.date_published));
    index.months[date.slice(0, 7)] = (index.months[date.slice(0, 7)] ?? 0) + 1;
    index.days[date] = (index.days[date] ?? 0) + 1;
  }
writeFileSync(dir + 'index.json', `${JSON.stringify(index)}\n`);
