/**
 * Major organizations named in international and US political news, and
 * large companies and fact-checkers (which the entity tagger, trained on 1996
 * news, often takes for people: "Nissan said", "Snopes said"), lower case, tokens space-separated (the gazetteer's key form). Seats of government
 * used by metonymy are in organizations-generic.ts, news outlets in media.ts.
 */
const NAMES = `nato;united nations;un;u.n.;un security council;security council;european union;eu;european commission;european parliament;
european central bank;ecb;imf;international monetary fund;world bank;world health organization;who;wto;world trade organization;
osce;organization for security and co-operation in europe;g7;g20;g8;opec;african union;arab league;asean;red cross;
international committee of the red cross;amnesty international;human rights watch;greenpeace;interpol;unicef;unesco;unhcr;
iaea;international atomic energy agency;international criminal court;icc;hamas;hezbollah;taliban;al qaeda;al-qaeda;islamic state;isis;isil;
fbi;cia;nsa;pentagon;department of defense;department of state;state department;homeland security;department of homeland security;
justice department;department of justice;treasury department;federal reserve;fed;congress;senate;house of representatives;
supreme court;white house;kremlin;republican party;democratic party;gop;rnc;dnc;labour party;conservative party;
duma;state duma;federation council;rada;verkhovna rada;bundestag;knesset;parliament;ministry of defence;ministry of defense;
foreign ministry;defense ministry;defence ministry;interior ministry;gazprom;rosneft;nord stream;nord stream 2;wagner group;
apple;google;microsoft;amazon;facebook;meta;twitter;tesla;boeing;exxon;exxonmobil;goldman sachs;jpmorgan;general motors;ford;
toyota;volkswagen;siemens;shell;bp;chevron;walmart;pfizer;moderna;harvard;harvard university;yale;stanford;oxford university;mit;
brookings institution;heritage foundation;council on foreign relations;atlantic council;rand corporation;ap;reuters;
nissan;honda;hyundai;kia;bmw;mercedes-benz;daimler;stellantis;renault;peugeot;chrysler;subaru;mazda;porsche;audi;
conocophillips;totalenergies;aramco;saudi aramco;petrobras;equinor;eni;halliburton;
nvidia;intel;amd;ibm;oracle;samsung;sony;huawei;tencent;alibaba;baidu;netflix;spotify;uber;lyft;airbnb;openai;anthropic;tiktok;
bytedance;snapchat;instagram;whatsapp;youtube;linkedin;paypal;mastercard;qualcomm;cisco;adobe;salesforce;spacex;
citigroup;bank of america;wells fargo;morgan stanley;hsbc;barclays;deutsche bank;ubs;credit suisse;blackrock;
johnson & johnson;merck;astrazeneca;novartis;roche;sanofi;gsk;bayer;eli lilly;
costco;home depot;ikea;nike;adidas;starbucks;mcdonald's;coca-cola;pepsico;unilever;nestle;procter & gamble;
emirates;lufthansa;ryanair;easyjet;united airlines;american airlines;british airways;
snopes;politifact;factcheck.org;full fact;wikileaks;oxfam;save the children;doctors without borders;msf;amnesty`;

export const ORGANIZATIONS: readonly string[] = NAMES.split(';').map((s) => s.trim()).filter(Boolean);

const KNOWN = new Set(ORGANIZATIONS);
/** Whether the name (any case, a leading "the" aside) is one of the organizations above. */
export function isKnownOrganization(name: string): boolean {
  return KNOWN.has(name.toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ').trim());
}
