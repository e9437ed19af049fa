import { PGlite } from '@electric-sql/pglite';

let t = performance.now();
const lap = (l: string) => {
  const n = performance.now();
  console.log(l, Math.round(n - t));
  t = n;
};
const a = await PGlite.create('memory://');
lap('create');
await a.exec('create table t(x int); insert into t values (1)');
lap('exec');
const dump = await a.dumpDataDir('none');
lap('dump ' + dump.size);
const b = await PGlite.create({ loadDataDir: dump });
lap('load');
console.log((await b.query('select * from t')).rows);
const c = await PGlite.create('memory://');
lap('create2');
