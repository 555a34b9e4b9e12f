//! The place tables, parsed once: countries (with the region of their capital), first-level
//! regions, cities, and the name dictionary that finds them in folded text. The extraction rules live in `places.rs`.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::{NameIndex, PatternIndex};
use crate::extract::text::fold;

/// GeoNames places from the `reverse_geocoder` crate, compiled by `build.rs`:
/// `CC<TAB>admin1<TAB>city|city…<TAB>admin2|admin2…`.
static GEO: &str = include_str!(concat!(env!("OUT_DIR"), "/geo_admin1.txt"));
/// `cc<TAB>name<TAB>aliases|demonyms`.
static COUNTRIES: &str = include_str!(concat!(env!("OUT_DIR"), "/countries.tsv"));
/// `cc<TAB>admin1<TAB>aliases`.
static REGIONS: &str = include_str!(concat!(env!("OUT_DIR"), "/regions.tsv"));
/// `name<TAB>aliases<TAB>cc<TAB>admin1<TAB>population_thousands`.
static CITIES: &str = include_str!(concat!(env!("OUT_DIR"), "/cities.tsv"));
/// `cc<TAB>capital`.
static CAPITALS: &str = include_str!(concat!(env!("OUT_DIR"), "/capitals.tsv"));

/// Names for the people of one first-level region, or informal names of the region itself
/// (country code, region, names): weak evidence, read only when a text names no place of its
/// own ("a Basque police officer's car was set on fire", "militants in Kashmir"). Names shared
/// across borders (Kurdish, Punjabi, Pashtun) or with a nation (Chechen rebels strike in Moscow
/// as often as at home) are left out, unless news use settles them (see the entries).
pub(crate) const REGION_DEMONYMS: &[(&str, &str, &str)] = &[
    ("ES", "Basque Country", "Basque"),
    ("RU", "Dagestan", "Dagestani|Daghestani"),
    ("PK", "Balochistan", "Baloch|Baluch|Balochi|Baluchi"),
    ("PK", "Sindh", "Sindhi"),
    ("IN", "Assam", "Assamese"),
    ("IN", "Manipur", "Manipuri"),
    ("IN", "Tripura", "Tripuri"),
    ("ID", "Aceh", "Acehnese"),
    ("CN", "Tibet", "Tibetan"),
    ("CN", "Xinjiang", "Uighur|Uyghur|Uighurs|Uyghurs"),
    // Northern Ireland's loyalists and "Ulster" (the UDA, the UVF, the Royal Ulster
    // Constabulary): spelt with a capital in mixed case, unlike "Gaddafi loyalists".
    ("GB", "Northern Ireland", "Loyalist|Loyalists|Ulster"),
    // Bare "Kashmir" in the news is the Indian-administered state; Pakistan's part is named as
    // such ("Azad Kashmir", matched as its own region) and a Pakistani text's country keeps it.
    ("IN", "Jammu and Kashmir", "Kashmir|Kashmiri|Kashmiris"),
];

/// Cities that share a name with a first-level region of their country they do not lie in
/// (country code, folded name): Washington, D.C. is not in Washington State.
pub(crate) const CITY_NOT_IN_NAMESAKE_REGION: &[(&str, &str)] = &[("US", "washington")];

/// The region a city's name stands for: the same-named first-level region of its country
/// ("Buenos Aires", "Sanaa"), as GeoNames-derived keys do, unless the city lies outside it.
pub(crate) fn namesake_region<'c>(
    countries: &[Country],
    cands: &[&'c Cand],
    best: &'c Cand,
    folded_name: &str,
) -> &'c Cand {
    cands
        .iter()
        .find(|c| {
            c.kind == Kind::Admin1
                && c.country == best.country
                && best.kind == Kind::City
                && !CITY_NOT_IN_NAMESAKE_REGION
                    .contains(&(countries[c.country as usize].cc.as_str(), folded_name))
        })
        .copied()
        .unwrap_or(best)
}

/// Admin1 names of the GeoNames snapshot in `reverse_geocoder` that GeoNames has since renamed,
/// mapped to the current names (the ones the project reports).
const ADMIN1_RENAMES: &[(&str, &str, &str)] = &[
    // Current GeoNames (ASCII) names where the bundled GeoNames cities carry older or native
    // ones: counties and regions renamed, Chinese "Sheng"/"Shi"/"Zizhiqu" dropped.
    ("DE", "Baden-Wuerttemberg", "Baden-Wurttemberg"),
    ("NI", "Atlantico Sur", "South Caribbean Coast"),
    ("NI", "Atlantico Norte (RAAN)", "North Caribbean Coast"),
    ("CN", "Anhui Sheng", "Anhui"),
    ("CN", "Chongqing Shi", "Chongqing"),
    ("CN", "Gansu Sheng", "Gansu"),
    ("CN", "Guangxi Zhuangzu Zizhiqu", "Guangxi"),
    ("CN", "Guizhou Sheng", "Guizhou"),
    ("CN", "Heilongjiang Sheng", "Heilongjiang"),
    ("CN", "Henan Sheng", "Henan"),
    ("CN", "Jiangsu Sheng", "Jiangsu"),
    ("CN", "Jiangxi Sheng", "Jiangxi"),
    ("CN", "Jilin Sheng", "Jilin"),
    ("CN", "Ningxia Huizu Zizhiqu", "Ningxia"),
    ("CN", "Qinghai Sheng", "Qinghai"),
    ("CN", "Shandong Sheng", "Shandong"),
    ("CN", "Shanghai Shi", "Shanghai"),
    ("CN", "Shanxi Sheng", "Shanxi"),
    ("CN", "Tianjin Shi", "Tianjin"),
    ("CN", "Tibet Autonomous Region", "Tibet"),
    ("CN", "Xinjiang Uygur Zizhiqu", "Xinjiang"),
    ("CN", "Zhejiang Sheng", "Zhejiang"),
    ("RO", "Alba", "Alba County"),
    ("RO", "Arad", "Arad County"),
    ("RO", "Bacau", "Bacau County"),
    ("RO", "Bihor", "Bihor County"),
    ("RO", "Bistrita-Nasaud", "Bistrita-Nasaud County"),
    ("RO", "Botosani", "Botosani County"),
    ("RO", "Braila", "Braila County"),
    ("RO", "Brasov", "Brasov County"),
    ("RO", "Buzau", "Buzau County"),
    ("RO", "Calarasi", "Calarasi County"),
    ("RO", "Caras-Severin", "Caras-Severin County"),
    ("RO", "Cluj", "Cluj County"),
    ("RO", "Constanta", "Constanta County"),
    ("RO", "Covasna", "Covasna County"),
    ("RO", "Dambovita", "Dambovita County"),
    ("RO", "Galati", "Galati County"),
    ("RO", "Giurgiu", "Giurgiu County"),
    ("RO", "Gorj", "Gorj County"),
    ("RO", "Harghita", "Harghita County"),
    ("RO", "Hunedoara", "Hunedoara County"),
    ("RO", "Ialomita", "Ialomita County"),
    ("RO", "Iasi", "Iasi County"),
    ("RO", "Mehedinti", "Mehedinti County"),
    ("RO", "Mures", "Mures County"),
    ("RO", "Neamt", "Neamt County"),
    ("RO", "Salaj", "Salaj County"),
    ("RO", "Satu Mare", "Satu Mare County"),
    ("RO", "Sibiu", "Sibiu County"),
    ("RO", "Teleorman", "Teleorman County"),
    ("RO", "Timis", "Timis County"),
    ("RO", "Tulcea", "Tulcea County"),
    ("RO", "Valcea", "Valcea County"),
    ("RO", "Vaslui", "Vaslui County"),
    ("AL", "Berat", "Berat County"),
    ("AL", "Diber", "Diber County"),
    ("AL", "Durres", "Durres County"),
    ("AL", "Elbasan", "Elbasan County"),
    ("AL", "Fier", "Fier County"),
    ("AL", "Gjirokaster", "Gjirokaster County"),
    ("AL", "Korce", "Korce County"),
    ("AL", "Kukes", "Kukes County"),
    ("AL", "Lezhe", "Lezhe County"),
    ("AL", "Shkoder", "Shkoder County"),
    ("AL", "Vlore", "Vlore County"),
    ("SK", "Banskobystricky", "Banska Bystrica Region"),
    ("SK", "Bratislavsky", "Bratislava Region"),
    ("SK", "Kosicky", "Kosice Region"),
    ("SK", "Nitriansky", "Nitra Region"),
    ("SK", "Presovsky", "Presov Region"),
    ("SK", "Trenciansky", "Trencin Region"),
    ("SK", "Trnavsky", "Trnava Region"),
    ("SK", "Zilinsky", "Zilina Region"),
    ("HR", "Bjelovarsko-Bilogorska", "Bjelovar-Bilogora"),
    ("HR", "Brodsko-Posavska", "Brod-Posavina"),
    ("HR", "Dubrovacko-Neretvanska", "Dubrovnik-Neretva"),
    ("HR", "Istarska", "Istria"),
    ("HR", "Karlovacka", "Karlovac"),
    ("HR", "Koprivnicko-Krizevacka", "Koprivnica-Krizevci"),
    ("HR", "Krapinsko-Zagorska", "Krapina-Zagorje"),
    ("HR", "Licko-Senjska", "Lika-Senj"),
    ("HR", "Medimurska", "Megimurje"),
    ("HR", "Osjecko-Baranjska", "Osijek-Baranja"),
    ("HR", "Pozesko-Slavonska", "Pozega-Slavonia"),
    ("HR", "Primorsko-Goranska", "Primorje-Gorski Kotar"),
    ("HR", "Sibensko-Kniniska", "Sibenik-Knin"),
    ("HR", "Sisacko-Moslavacka", "Sisak-Moslavina"),
    ("HR", "Splitsko-Dalmatinska", "Split-Dalmatia"),
    ("HR", "Varazdinska", "Varazdin"),
    ("HR", "Virovitick-Podravska", "Virovitica-Podravina"),
    ("HR", "Vukovarsko-Srijemska", "Vukovar-Srijem"),
    ("HR", "Zadarska", "Zadar"),
    ("HR", "Zagrebacka", "Zagreb County"),
    ("CZ", "Praha", "Prague"),
    ("CZ", "Plzensky", "Plzen Region"),
    ("LT", "Alytaus apskritis", "Alytus"),
    ("LT", "Kauno apskritis", "Kaunas"),
    ("LT", "Klaipedos apskritis", "Klaipeda County"),
    ("LT", "Marijampoles apskritis", "Marijampole County"),
    ("LT", "Siauliu apskritis", "Siauliai"),
    ("LT", "Taurages apskritis", "Taurage County"),
    ("LT", "Telsiu apskritis", "Telsiai"),
    ("LT", "Utenos apskritis", "Utena"),
    ("LT", "Vilnius County", "Vilnius"),
    ("MD", "Chisinau", "Chisinau Municipality"),
    ("VN", "Ha Noi", "Hanoi"),
    ("VN", "Ho Chi Minh City", "Ho Chi Minh"),
    ("VN", "Hai Phong", "Haiphong"),
    ("IE", "Connaught", "Connacht"),
    ("BG", "Khaskovo", "Haskovo"),
    ("BG", "Kurdzhali", "Kardzhali"),
    ("BG", "Sofiya", "Sofia"),
    ("BG", "Turgovishte", "Targovishte"),
    ("BG", "Veliko Turnovo", "Veliko Tarnovo"),
    ("UA", "Misto Sevastopol'", "Sevastopol City"),
    ("TL", "Dili", "Dili Municipality"),
    ("BO", "El Beni", "Beni Department"),
    ("CL", "Aisen", "Aysen"),
    ("RS", "Autonomna Pokrajina Vojvodina", "Vojvodina"),
    ("FR", "Lower Normandy", "Normandy"),
    ("PL", "Greater Poland Voivodeship", "Greater Poland"),
    ("PL", "Lower Silesian Voivodeship", "Lower Silesia"),
    ("PL", "Lublin Voivodeship", "Lublin"),
    ("PL", "Pomeranian Voivodeship", "Pomerania"),
    ("PL", "Silesian Voivodeship", "Silesia"),
    ("PL", "Subcarpathian Voivodeship", "Subcarpathia"),
    ("PL", "Warmian-Masurian Voivodeship", "Warmia-Masuria"),
    ("PL", "West Pomeranian Voivodeship", "West Pomerania"),
    ("IQ", "Mayorality of Baghdad", "Baghdad"),
    ("IQ", "Ninawa", "Nineveh"),
    ("IQ", "Muhafazat Kirkuk", "Kirkuk"),
    ("IQ", "Anbar", "Al Anbar"),
    ("IQ", "Dahuk", "Duhok"),
    ("IQ", "As Sulaymaniyah", "Sulaymaniyah"),
    ("IT", "Latium", "Lazio"),
    ("DZ", "Alger", "Algiers"),
    ("EG", "Muhafazat al Qahirah", "Cairo"),
    ("EG", "Al Qahirah", "Cairo"),
    ("SA", "Ar Riyad", "Riyadh Region"),
    ("SA", "Mintaqat ar Riyad", "Riyadh Region"),
    ("SA", "Makkah", "Mecca Region"),
    ("SA", "Mintaqat Makkah", "Mecca Region"),
    ("CY", "Lefkosia", "Nicosia"),
    ("AL", "Qarku i Tiranes", "Tirana"),
    ("AL", "Tirane", "Tirana"),
    ("ET", "Adis Abeba", "Addis Ababa"),
    ("MK", "Karpos", "Grad Skopje"),
    ("MK", "Butel", "Grad Skopje"),
    ("MK", "Cair", "Grad Skopje"),
    ("MK", "Kisela Voda", "Grad Skopje"),
    ("MK", "Saraj", "Grad Skopje"),
    ("MK", "Suto Orizari", "Grad Skopje"),
    ("MK", "Gazi Baba", "Grad Skopje"),
    ("MK", "Aerodrom", "Grad Skopje"),
    ("MK", "Gjorce Petrov", "Grad Skopje"),
    ("AF", "Bamian", "Bamyan"),
    ("AF", "Nurestan", "Nuristan"),
    ("AF", "Vardak", "Maidan Wardak Province"),
    ("AF", "Wilayat-e Baghlan", "Baghlan"),
    ("EG", "Al Jizah", "Giza"),
    ("EG", "Al Minya", "Minya"),
    ("EG", "Qina", "Qena"),
    ("EG", "Suhaj", "Sohag"),
    ("NG", "Abuja Federal Capital Territory", "FCT"),
    ("SA", "Al Madinah al Munawwarah", "Medina Region"),
    ("SA", "Mintaqat `Asir", "'Asir Region"),
    ("RU", "Moskovskaya", "Moscow Oblast"),
    ("RU", "Krasnodarskiy", "Krasnodar Krai"),
    ("RU", "Stavropol'skiy", "Stavropol Kray"),
    ("RU", "Primorskiy", "Primorye"),
    ("RU", "Tatarstan", "Tatarstan Republic"),
    ("RU", "Bashkortostan", "Bashkortostan Republic"),
    ("RU", "Adygeya", "Adygeya Republic"),
    ("RU", "Kalmykiya", "Kalmykiya Republic"),
    ("TH", "Changwat Udon Thani", "Udon Thani"),
    ("TH", "Changwat Ubon Ratchathani", "Ubon Ratchathani"),
    ("PS", "Gaza", "Gaza Strip"),
    ("ET", "Adis Abeba Astedader", "Addis Ababa"),
    ("ET", "Addis Ababa Astedader", "Addis Ababa"),
    ("CU", "La Habana", "Havana"),
    ("CU", "Ciudad de La Habana", "Havana"),
    ("UZ", "Toshkent Shahri", "Tashkent"),
    ("KZ", "Almaty Qalasy", "Almaty"),
    ("KG", "Gorod Bishkek", "Bishkek"),
    ("MT", "Il-Belt Valletta", "Valletta"),
    ("PL", "Masovian Voivodeship", "Mazovia"),
    ("PL", "Lesser Poland Voivodeship", "Lesser Poland"),
    ("HR", "Grad Zagreb", "Zagreb"),
    ("VE", "Capital", "Distrito Federal"),
    ("AF", "Lowgar", "Logar"),
    ("AF", "Nimruz", "Nimroz"),
    ("AF", "Konar", "Kunar"),
    ("AF", "Baghlan", "Baghlan"),
    ("AF", "Parvan", "Parwan"),
    ("ID", "Daerah Khusus Ibukota Jakarta", "Jakarta"),
    ("ID", "Jakarta Raya", "Jakarta"),
    ("IN", "NCT", "Delhi"),
    ("IN", "National Capital Territory of Delhi", "Delhi"),
    ("IN", "Kashmir", "Jammu and Kashmir"),
    ("RU", "Respublika Ingushetiya", "Ingushetiya Republic"),
    ("RU", "Ingushetiya", "Ingushetiya Republic"),
    ("RU", "North Ossetia", "North Ossetia-Alania"),
    ("RU", "Stavropol'skiy Kray", "Stavropol Kray"),
    ("RU", "Stavropol Krai", "Stavropol Kray"),
    (
        "RU",
        "Karachayevo-Cherkesiya",
        "Karachayevo-Cherkesiya Republic",
    ),
    ("RU", "Kabardino-Balkariya", "Kabardino-Balkariya Republic"),
    ("RU", "Primorskiy Kray", "Primorye"),
    ("RU", "Krasnodarskiy Kray", "Krasnodar Krai"),
    ("FR", "Aquitaine", "Nouvelle-Aquitaine"),
    ("FR", "Limousin", "Nouvelle-Aquitaine"),
    ("FR", "Poitou-Charentes", "Nouvelle-Aquitaine"),
    ("FR", "Rhone-Alpes", "Auvergne-Rhone-Alpes"),
    ("FR", "Auvergne", "Auvergne-Rhone-Alpes"),
    ("FR", "Languedoc-Roussillon", "Occitanie"),
    ("FR", "Midi-Pyrenees", "Occitanie"),
    ("FR", "Alsace", "Grand Est"),
    ("FR", "Lorraine", "Grand Est"),
    ("FR", "Champagne-Ardenne", "Grand Est"),
    ("FR", "Nord-Pas-de-Calais", "Hauts-de-France"),
    ("FR", "Picardie", "Hauts-de-France"),
    ("FR", "Bourgogne", "Bourgogne-Franche-Comte"),
    ("FR", "Franche-Comte", "Bourgogne-Franche-Comte"),
    ("FR", "Basse-Normandie", "Normandy"),
    ("FR", "Haute-Normandie", "Normandy"),
    ("MK", "Opstina Centar", "Grad Skopje"),
    ("MK", "Centar", "Grad Skopje"),
    ("MA", "Grand Casablanca", "Casablanca-Settat"),
    ("MA", "Chaouia-Ouardigha", "Casablanca-Settat"),
    ("MD", "Municipiul Chisinau", "Chisinau Municipality"),
    ("SK", "Bratislavsky kraj", "Bratislava Region"),
    ("EE", "Harju", "Harjumaa"),
    ("BA", "Federacija Bosne i Hercegovine", "Federation of B&H"),
    ("BA", "Republika Srpska", "Srpska"),
    (
        "BA",
        "Federation of Bosnia and Herzegovina",
        "Federation of B&H",
    ),
    ("LB", "Liban-Sud", "South Governorate"),
    ("LB", "Mohafazat Liban-Sud", "South Governorate"),
    ("PE", "Cusco", "Cuzco Department"),
    ("BT", "Chhukha", "Chukha"),
    // Renames of GeoNames' later snapshots in the regions most reported on (Middle East, North
    // Africa, Russia, South and South-East Asia); the merged or split regions map to the region
    // that took over most of the old one.
    ("EG", "Muhafazat Shamal Sina'", "North Sinai"),
    ("EG", "Shamal Sina'", "North Sinai"),
    ("EG", "Janub Sina'", "South Sinai"),
    ("EG", "Muhafazat al Gharbiyah", "Gharbia"),
    ("EG", "Muhafazat ad Daqahliyah", "Dakahlia"),
    ("EG", "Al Buhayrah", "Beheira"),
    ("EG", "Muhafazat al Minufiyah", "Monufia"),
    ("EG", "Muhafazat al Qalyubiyah", "Qalyubia"),
    ("EG", "Kafr ash Shaykh", "Kafr el-Sheikh"),
    ("EG", "Muhafazat al Fayyum", "Faiyum"),
    ("EG", "Muhafazat Bani Suwayf", "Beni Suweif"),
    ("EG", "Dumyat", "Damietta"),
    ("EG", "Muhafazat Matruh", "Matruh"),
    ("EG", "Al Isma'iliyah", "Ismailia"),
    ("EG", "As Suways", "Suez"),
    ("EG", "Muhafazat al Wadi al Jadid", "New Valley"),
    ("EG", "Muhafazat Bur Sa`id", "Port Said"),
    ("EG", "Eastern Province", "Sharqia"),
    ("TN", "Al Mahdiyah", "Mahdia Governorate"),
    ("TN", "Al Munastir", "Monastir Governorate"),
    ("TN", "Al Qasrayn", "Kasserine Governorate"),
    ("TN", "Al Qayrawan", "Kairouan"),
    ("TN", "Bajah", "Beja Governorate"),
    ("TN", "Banzart", "Bizerte Governorate"),
    ("TN", "Bin 'Arus", "Ben Arous Governorate"),
    ("TN", "Jundubah", "Jendouba Governorate"),
    ("TN", "Madanin", "Medenine Governorate"),
    ("TN", "Nabul", "Nabeul Governorate"),
    ("TN", "Qabis", "Gabes Governorate"),
    ("TN", "Qibili", "Kebili Governorate"),
    ("TN", "Safaqis", "Sfax Governorate"),
    ("TN", "Sidi Bu Zayd", "Sidi Bouzid Governorate"),
    ("TN", "Silyanah", "Siliana Governorate"),
    ("TN", "Susah", "Sousse Governorate"),
    ("TN", "Tawzar", "Tozeur Governorate"),
    ("TN", "Zaghwan", "Zaghouan Governorate"),
    ("MA", "Marrakech-Tensift-Al Haouz", "Marrakesh-Safi"),
    ("MA", "Doukkala-Abda", "Marrakesh-Safi"),
    ("MA", "Fes-Boulemane", "Fes-Meknes"),
    ("MA", "Meknes-Tafilalet", "Fes-Meknes"),
    ("MA", "Gharb-Chrarda-Beni Hssen", "Rabat-Sale-Kenitra"),
    ("MA", "Rabat-Sale-Zemmour-Zaer", "Rabat-Sale-Kenitra"),
    ("MA", "Guelmim-Es Smara", "Guelmim-Oued Noun"),
    (
        "MA",
        "Laayoune-Boujdour-Sakia El Hamra",
        "Laayoune-Sakia El Hamra",
    ),
    ("MA", "Oued ed Dahab-Lagouira", "Dakhla-Oued Ed-Dahab"),
    ("MA", "Souss-Massa-Draa", "Souss-Massa"),
    ("MA", "Tadla-Azilal", "Beni Mellal-Khenifra"),
    ("MA", "Tanger-Tetouan", "Tanger-Tetouan-Al Hoceima"),
    (
        "MA",
        "Taza-Al Hoceima-Taounate",
        "Tanger-Tetouan-Al Hoceima",
    ),
    ("LY", "Sha`biyat Ghat", "Ghat"),
    ("LY", "Sha`biyat Nalut", "Nalut"),
    ("LY", "Sha`biyat Wadi al Hayat", "Wadi al Hayat"),
    ("LY", "Sha`biyat Wadi ash Shati'", "Wadi ash Shati'"),
    ("LY", "Sha`biyat al Butnan", "Al Butnan"),
    ("LY", "Sha`biyat al Jabal al Gharbi", "Jabal al Gharbi"),
    ("LY", "Sha`biyat al Jafarah", "Al Jafarah"),
    ("LY", "Sha`biyat al Wahat", "Al Wahat"),
    ("YE", "Amanat Al Asimah", "Amanat Alasimah"),
    ("YE", "Muhafazat Hadramawt", "Muhafazat Hadramaout"),
    ("YE", "Muhafazat al Bayda'", "Al Bayda"),
    ("YE", "Muhafazat al Hudaydah", "Al Hudaydah"),
    ("RU", "Altay", "Altai"),
    ("RU", "Brjansk", "Bryansk Oblast"),
    ("RU", "Chukotskiy Avtonomnyy Okrug", "Chukotka"),
    ("RU", "Jaroslavl", "Yaroslavl Oblast"),
    ("RU", "Kamtsjatka", "Kamchatka"),
    ("RU", "Kemerovo", "Kuzbass"),
    ("RU", "Khabarovsk Krai", "Khabarovsk"),
    ("RU", "Khakasiya", "Khakasiya Republic"),
    ("RU", "Khanty-Mansiyskiy Avtonomnyy Okrug", "Khanty-Mansia"),
    ("RU", "Komi Republic", "Komi"),
    ("RU", "Krasnoyarskiy", "Krasnoyarsk Krai"),
    ("RU", "Leningrad", "Leningradskaya Oblast'"),
    ("RU", "Mariy-El", "Mariy-El Republic"),
    ("RU", "Mordoviya", "Mordoviya Republic"),
    ("RU", "Nenetskiy Avtonomnyy Okrug", "Nenets"),
    ("RU", "Nizjnij Novgorod", "Nizhny Novgorod Oblast"),
    ("RU", "Orjol", "Oryol oblast"),
    ("RU", "Perm", "Perm Krai"),
    ("RU", "Republic of Karelia", "Karelia"),
    ("RU", "Respublika Buryatiya", "Buryatiya Republic"),
    ("RU", "Rjazan", "Ryazan Oblast"),
    ("RU", "Tjumen", "Tyumen Oblast"),
    (
        "RU",
        "Transbaikal Territory",
        "Zabaykalskiy (Transbaikal) Kray",
    ),
    ("RU", "Tverskaya", "Tver Oblast"),
    ("RU", "Tyva", "Republic of Tyva"),
    ("RU", "Udmurtiya", "Udmurtiya Republic"),
    ("RU", "Voronezj", "Voronezh Oblast"),
    ("RU", "Yamalo-Nenetskiy Avtonomnyy Okrug", "Yamalo-Nenets"),
    ("IN", "Andaman and Nicobar Islands", "Andaman and Nicobar"),
    (
        "IN",
        "Dadra and Nagar Haveli",
        "Dadra and Nagar Haveli and Daman and Diu",
    ),
    (
        "IN",
        "Daman and Diu",
        "Dadra and Nagar Haveli and Daman and Diu",
    ),
    ("IN", "Pondicherry", "Puducherry"),
    ("ID", "Daerah Istimewa Yogyakarta", "Yogyakarta"),
    ("ID", "Maluku Utara", "North Maluku"),
    ("ID", "Sulawesi Barat", "West Sulawesi"),
    ("ID", "Sulawesi Tenggara", "Southeast Sulawesi"),
    ("TH", "Changwat Bueng Kan", "Bueng Kan"),
    ("TH", "Changwat Nong Bua Lamphu", "Nong Bua Lam Phu"),
    ("TH", "Lop Buri", "Lopburi"),
    ("TH", "Phangnga", "Phang Nga"),
    ("TH", "Sara Buri", "Saraburi"),
    ("TH", "Sisaket", "Si Sa Ket"),
    ("TH", "Suphan Buri", "Suphanburi"),
    ("IR", "Azarbayjan-e Gharbi", "West Azerbaijan"),
    (
        "IR",
        "Chahar Mahall va Bakhtiari",
        "Chaharmahal and Bakhtiari",
    ),
    ("IR", "Khorasan-e Jonubi", "South Khorasan Province"),
    ("IR", "Khorasan-e Shomali", "North Khorasan"),
    (
        "IR",
        "Kohgiluyeh va Buyer Ahmad",
        "Kohgiluyeh and Boyer-Ahmad",
    ),
    ("SA", "Jizan", "Jazan Region"),
    ("SA", "Mintaqat Ha'il", "Ha'il Region"),
    ("SA", "Mintaqat Tabuk", "Tabuk Region"),
    ("SA", "Mintaqat al Bahah", "Al Bahah Region"),
    ("DZ", "Tamanghasset", "Tamanrasset"),
    ("DZ", "Wilaya de M'Sila", "M'Sila"),
    ("DZ", "Wilaya de Naama", "Naama"),
    ("TR", "Gumushane", "Guemueshane Province"),
    ("TR", "Karabuk", "Karabuek Province"),
    ("OM", "Al Batinah", "Al Batinah North"),
    ("OM", "Ash Sharqiyah", "Northeastern Governorate"),
    ("OM", "Az Zahirah", "Ad Dhahirah"),
    ("OM", "Muhafazat Masqat", "Muscat"),
    ("OM", "Muhafazat ad Dakhiliyah", "Ad Dakhiliyah"),
    ("OM", "Zufar", "Dhofar"),
    ("AE", "Al Fujayrah", "Fujairah"),
    ("AE", "Ash Shariqah", "Sharjah"),
    ("AE", "Ra's al Khaymah", "Imarat Ra's al Khaymah"),
    ("AE", "Umm al Qaywayn", "Imarat Umm al Qaywayn"),
    (
        "CO",
        "Archipielago de San Andres, Providencia y Santa Catalina",
        "San Andres y Providencia",
    ),
    // FATA was merged into Khyber Pakhtunkhwa in 2018.
    (
        "PK",
        "Federally Administered Tribal Areas",
        "Khyber Pakhtunkhwa",
    ),
    ("KE", "Tharaka District", "Tharaka - Nithi"),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Country,
    Admin1,
    City,
    Admin2,
}

/// One reading of a name: a country, a region, a city or a district, with its region.
#[derive(Debug, Clone, Copy)]
pub struct Cand {
    pub kind: Kind,
    pub country: u16,
    /// Index into `Gazetteer::admin1`, `u32::MAX` for a country.
    pub admin1: u32,
    /// Population in thousands, 0 when unknown (small places).
    pub pop: u32,
    /// The place has the name of its region ("San Miguel" in San Miguel department).
    pub same_name: bool,
}

pub struct Country {
    pub cc: String,
    pub name: String,
    pub aliases: Vec<String>,
    /// First-level region of the seat of government (`tables/capitals.tsv`).
    pub capital: Option<u32>,
}

pub struct Admin1 {
    pub country: u16,
    pub name: String,
    pub aliases: Vec<String>,
}

/// Countries, regions and places with the index that finds them in text.
pub struct Gazetteer {
    pub(crate) countries: Vec<Country>,
    pub(crate) admin1: Vec<Admin1>,
    pub(crate) names: NameIndex,
    /// Readings of each name pattern.
    pub(crate) entries: Vec<Vec<Cand>>,
    /// Region demonyms ([`REGION_DEMONYMS`]), folded, with their region.
    pub(crate) region_demonyms: Vec<(String, u32)>,
    /// Country and region names to their index, built on first use by the indexer (which asks
    /// for every extracted place's aliases) and never by the extractor.
    pub(crate) lookup: std::sync::OnceLock<NameLookup>,
}

/// Lookups from a user- or extractor-given country or region name to the gazetteer's entry:
/// each key maps to the first entry (in table order) it names.
pub(crate) struct NameLookup {
    /// ISO code (upper case) → country.
    pub(crate) country_cc: HashMap<String, usize>,
    /// Folded name or alias → country.
    pub(crate) country_name: HashMap<String, usize>,
    /// (country, `admin1_key` of the region's name) → region.
    pub(crate) admin1_key: HashMap<(usize, String), usize>,
    /// (country, folded alias) → region.
    pub(crate) admin1_alias: HashMap<(usize, String), usize>,
}

impl NameLookup {
    pub(crate) fn new(countries: &[Country], admin1: &[Admin1]) -> NameLookup {
        let mut l = NameLookup {
            country_cc: HashMap::new(),
            country_name: HashMap::new(),
            admin1_key: HashMap::new(),
            admin1_alias: HashMap::new(),
        };
        for (i, c) in countries.iter().enumerate() {
            l.country_cc
                .entry(c.cc.trim().to_ascii_uppercase())
                .or_insert(i);
            for n in std::iter::once(&c.name).chain(&c.aliases) {
                l.country_name.entry(fold(n)).or_insert(i);
            }
        }
        for (i, a) in admin1.iter().enumerate() {
            let c = a.country as usize;
            l.admin1_key.entry((c, admin1_key(&a.name))).or_insert(i);
            for x in &a.aliases {
                l.admin1_alias.entry((c, fold(x))).or_insert(i);
            }
        }
        l
    }
}

static SHARED: LazyLock<Gazetteer> = LazyLock::new(Gazetteer::new);

const ADMIN_PREFIXES: &[&str] = &[
    "mayorality of ",
    "muhafazat ",
    "mohafazat ",
    "departamento de ",
    "departamento del ",
    "provincia de ",
    "provincia del ",
    "region de ",
    "region del ",
    "estado de ",
    "state of ",
    "wilayat ",
    "province of ",
    "department of ",
    "governorate of ",
    "republic of ",
    "respublika ",
    "city of ",
    "distrito de ",
    "al ",
];
const ADMIN_SUFFIXES: &[&str] = &[
    " department",
    " departamento",
    " province",
    " governorate",
    " region",
    " state",
    " district",
    " division",
    " oblast",
    " prefecture",
    " territory",
    " republic",
    " kray",
    " krai",
    " county",
    " municipality",
    " voivodeship",
    " autonomous community",
    " metropolitan",
    " shahri",
    " astedader",
    " qalasy",
    " kraj",
    " city",
    " emirate",
    " wilaya",
    " provincia",
    " zone",
    " parish",
    " capital district",
    " special region",
];

/// A name key for comparing region names: folded, without administrative prefixes and suffixes
/// ("Muhafazat Kirkuk", "Kirkuk Governorate" → "kirkuk").
pub fn admin1_key(name: &str) -> String {
    let mut k = fold(name);
    loop {
        let before = k.len();
        for p in ADMIN_PREFIXES {
            if k.len() > p.len() + 2 && k.starts_with(p) {
                k = k[p.len()..].to_string();
            }
        }
        for s in ADMIN_SUFFIXES {
            if k.len() > s.len() + 2 && k.ends_with(s) {
                k.truncate(k.len() - s.len());
            }
        }
        if k.len() == before {
            break;
        }
    }
    k
}

/// Common words that are also names of places somewhere ("Police" in Poland, "Mission" in Texas,
/// "Colon" in Panama): never a place unless marked as a region or a dateline.
const STOP_WORDS: &[&str] = &[
    "police",
    "congress",
    "army",
    "mission",
    "bus",
    "media",
    "union",
    "independence",
    "progress",
    "progreso",
    "liberty",
    "libertad",
    "victory",
    "victoria",
    "hope",
    "esperanza",
    "peace",
    "paz",
    "concord",
    "concordia",
    "paradise",
    "paraiso",
    "commerce",
    "reform",
    "reforma",
    "republic",
    "republica",
    "national",
    "central",
    "centre",
    "center",
    "university",
    "college",
    "hospital",
    "church",
    "school",
    "mosque",
    "market",
    "station",
    "airport",
    "hotel",
    "city",
    "town",
    "village",
    "district",
    "province",
    "state",
    "north",
    "south",
    "east",
    "west",
    "capital",
    "area",
    "border",
    "front",
    "power",
    "order",
    "home",
    "time",
    "date",
    "day",
    "man",
    "men",
    "people",
    "government",
    "president",
    "minister",
    "general",
    "major",
    "officer",
    "soldier",
    "said",
    "says",
    "report",
    "reported",
    "today",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "lines",
    "guard",
    "guards",
    "security",
    "defense",
    "defence",
    "justice",
    "law",
    "court",
    "bank",
    "banks",
    "post",
    "press",
    "radio",
    "television",
    "news",
    "agency",
    "office",
    "embassy",
    "consulate",
    "camp",
    "base",
    "fort",
    "port",
    "bridge",
    "road",
    "street",
    "square",
    "park",
    "garden",
    "gardens",
    "beach",
    "island",
    "islands",
    "river",
    "lake",
    "valley",
    "mountain",
    "hill",
    "hills",
    "springs",
    "falls",
    "rock",
    "stone",
    "wood",
    "woods",
    "forest",
    "field",
    "fields",
    "farm",
    "ranch",
    "mine",
    "mines",
    "well",
    "wells",
    "water",
    "fire",
    "gun",
    "bomb",
    "car",
    "truck",
    "train",
    "plane",
    "ship",
    "boat",
    "house",
    "houses",
    "palace",
    "castle",
    "tower",
    "hall",
    "temple",
    "cross",
    "star",
    "sun",
    "moon",
    "gold",
    "silver",
    "iron",
    "coal",
    "salt",
    "sugar",
    "cotton",
    "rice",
    "corn",
    "wheat",
    "orange",
    "apple",
    "lemon",
    "olive",
    "palm",
    "palms",
    "rose",
    "lily",
    "grace",
    "faith",
    "charity",
    "unity",
    "liberal",
    "union city",
    "federal",
    "democrat",
    "republican",
    "socialist",
    "communist",
    "popular",
    "revolution",
    "revolucion",
    "patria",
    "america",
    "american",
    "english",
    "french",
    "german",
    "italian",
    "spanish",
    "arab",
    "arabs",
    "muslim",
    "muslims",
    "christian",
    "jewish",
    "islam",
    "allah",
    "god",
    "jesus",
    "santa",
    "san",
    "saint",
    "st",
    "la",
    "el",
    "los",
    "las",
    "de",
    "del",
    "of",
    "the",
    "and",
    "or",
    "in",
    "on",
    "at",
    "to",
    "by",
    "for",
    "with",
    "from",
    "as",
    "an",
    "a",
    "is",
    "it",
    "its",
    "be",
    "are",
    "was",
    "were",
    "has",
    "had",
    "have",
    "not",
    "no",
    "yes",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "first",
    "second",
    "third",
    "last",
    "next",
    "new",
    "old",
    "good",
    "big",
    "little",
    "long",
    "high",
    "low",
    "red",
    "white",
    "black",
    "green",
    "blue",
    "brown",
    "grey",
    "gray",
    "young",
    "early",
    "late",
    "free",
    "fair",
    "royal",
    "imperial",
    "mercedes",
    "toyota",
    "nissan",
    "kill",
    "dead",
    "death",
    "attack",
    "raid",
    "ambush",
    "shot",
    "blast",
    "explosion",
    "clash",
    "clashes",
    "guerrilla",
    "guerrillas",
    "rebel",
    "rebels",
    "militants",
    "soldiers",
    "troops",
    "forces",
    "force",
    "member",
    "members",
    "leader",
    "leaders",
    "commander",
    "chief",
    "head",
    "hand",
    "arms",
    "military",
    "armed",
    "battalion",
    "brigade",
    "division",
    "company",
    "squad",
    "unit",
    "units",
    "patrol",
    "convoy",
    "checkpoint",
    "barracks",
    "prison",
    "jail",
    "bar",
    "club",
    "restaurant",
    "cafe",
    "shop",
    "store",
    "office",
    "mall",
    "center",
    "plaza",
    "colon",
    "cristo",
    "rey",
    "reina",
    "mayor",
    "governor",
    "judge",
    "priest",
    "bishop",
    "pope",
    "nuncio",
    "mission",
    "aid",
    "relief",
    "red cross",
    "crescent",
    "tribune",
    "times",
    "post",
    "mirror",
    "globe",
    "herald",
    "journal",
    "express",
    "sun",
    "nation",
    "world",
    "international",
    "europe",
    "africa",
    "asia",
    "middle",
    "east",
    "western",
    "eastern",
    "northern",
    "southern",
    "upper",
    "lower",
    "greater",
    "inner",
    "outer",
    "mid",
    "sur",
    "norte",
    "oriente",
    "occidente",
    "centro",
    "ali",
    "khan",
    "ahmed",
    "mohammed",
    "muhammad",
    "hassan",
    "hussein",
    "omar",
    "abdullah",
    "jose",
    "juan",
    "maria",
    "carlos",
    "luis",
    "pedro",
    "garcia",
    "lopez",
    "perez",
    "martinez",
    "rodriguez",
    "gonzalez",
    "hernandez",
    "ramirez",
    "sanchez",
    "torres",
    "flores",
    "rivera",
    "gomez",
    "diaz",
    "reyes",
    "cruz",
    "morales",
    "ortiz",
    "gutierrez",
    "chavez",
    "ramos",
    "mendoza",
    "castillo",
    "vargas",
    "romero",
    "herrera",
    "medina",
    "aguilar",
    "jimenez",
    "moreno",
    "alvarez",
    "ruiz",
    "vega",
    "castro",
    "silva",
    "rojas",
    "guzman",
    "salazar",
    "pena",
    "soto",
    "delgado",
    "rios",
    "campos",
    "guerrero",
    "nunez",
    "fuentes",
    "cabrera",
    "dominguez",
    "escobar",
    "cristiani",
    "duarte",
    "arena",
    "unknown",
    "villa",
    "independencia",
    "union",
    "trinidad",
    "concepcion",
    "asuncion",
    "guadalupe",
    "carmen",
    "dolores",
    "mercedes",
    "rosario",
    "soledad",
    "pilar",
    "socorro",
    "encarnacion",
    "natividad",
    "ascension",
    "resurreccion",
    "san jose",
    "santa maria",
    "santa rosa",
    "santa cruz",
    "san juan",
    "san pedro",
    "san pablo",
    "buenavista",
    "buena vista",
    "vista",
    "bella vista",
    "linden",
    "lincoln",
    "jefferson",
    "franklin",
    "madison",
    "jackson",
    "hamilton",
    "wellington",
    "nelson",
    "darwin",
    "mandela",
    "marx",
    "lenin",
    "kennedy",
    "obama",
    "bush",
    "clinton",
    "reagan",
    "carter",
    "nixon",
    "ford",
    "howard",
    "george",
    "john",
    "paul",
    "peter",
    "mary",
    "james",
    "david",
    "michael",
    "thomas",
    "william",
    "robert",
    "richard",
    "charles",
    "joseph",
    "daniel",
    "mark",
    "anthony",
    "elizabeth",
    "ana",
    "anna",
    "rosa",
    "sara",
    "sarah",
    "memphis",
];

/// Stop words that are never places even when they name a country too.
const STOP_STRICT: &[&str] = &[
    "may", "march", "union", "republic", "america", "american", "central",
];

/// English words that are also the names of small places somewhere ("Advance" in North Carolina,
/// "Lead" in South Dakota, "Of" in Turkey). Mixed case tells them apart by capitals; in upper-case
/// text ("WELL IN ADVANCE", "TO LEAD PERU") such a name is a place only as a dateline, a region,
/// or when introduced as a settlement ("THE TOWN OF X"). Chosen by hand among the one-word GeoNames
/// names that news prose mostly writes in lower case; real towns best known by such a name
/// ("Split", "Nice", "Sedan", "Billings") are left out.
const UPPER_CASE_COMMON: &[&str] = &[
    "advance",
    "along",
    "anger",
    "apples",
    "are",
    "arena",
    "as",
    "asbestos",
    "ask",
    "assumption",
    "awe",
    "bacon",
    "bag",
    "bail",
    "ballots",
    "bamboo",
    "band",
    "banks",
    "barge",
    "battle",
    "battlefield",
    "begun",
    "best",
    "bias",
    "bone",
    "boom",
    "boot",
    "bore",
    "born",
    "borne",
    "brains",
    "branch",
    "brand",
    "brewer",
    "bright",
    "bullion",
    "buy",
    "calcium",
    "can",
    "cane",
    "car",
    "cars",
    "cast",
    "castor",
    "change",
    "charge",
    "citrus",
    "clever",
    "clones",
    "coin",
    "combine",
    "comfort",
    "concession",
    "condom",
    "conversion",
    "convoy",
    "cooling",
    "countryside",
    "cut",
    "damp",
    "date",
    "deal",
    "dent",
    "deposit",
    "dig",
    "dinar",
    "dire",
    "dollar",
    "don",
    "downs",
    "drain",
    "dry",
    "early",
    "earth",
    "economy",
    "effort",
    "egg",
    "era",
    "erode",
    "experiment",
    "eye",
    "fare",
    "farmland",
    "fate",
    "fell",
    "fines",
    "fiscal",
    "forth",
    "freer",
    "friend",
    "friendly",
    "front",
    "fully",
    "furore",
    "gap",
    "give",
    "goes",
    "grant",
    "grants",
    "grave",
    "guessing",
    "hard",
    "harvest",
    "haven",
    "hinges",
    "hit",
    "hook",
    "hope",
    "hurricane",
    "hurt",
    "industry",
    "is",
    "jam",
    "job",
    "kill",
    "kilo",
    "lack",
    "lame",
    "law",
    "lead",
    "lend",
    "lent",
    "limbo",
    "limit",
    "line",
    "lira",
    "lire",
    "list",
    "liter",
    "long",
    "loose",
    "loyal",
    "luck",
    "lure",
    "mad",
    "made",
    "mailing",
    "maize",
    "male",
    "mammoth",
    "manage",
    "many",
    "marks",
    "mere",
    "minor",
    "mission",
    "most",
    "much",
    "never",
    "normal",
    "oasis",
    "of",
    "officer",
    "one",
    "onset",
    "opportunity",
    "oral",
    "ore",
    "ores",
    "outlook",
    "over",
    "pace",
    "pack",
    "paint",
    "paper",
    "par",
    "pare",
    "parks",
    "pasta",
    "peer",
    "penal",
    "per",
    "piles",
    "pill",
    "pinch",
    "pipes",
    "plan",
    "planes",
    "plunge",
    "police",
    "poll",
    "pool",
    "poses",
    "posing",
    "pound",
    "price",
    "progress",
    "prospect",
    "prosper",
    "prosperity",
    "punch",
    "purchase",
    "race",
    "rain",
    "rate",
    "re",
    "real",
    "reform",
    "reservoir",
    "retreat",
    "rice",
    "ripe",
    "root",
    "rose",
    "said",
    "sake",
    "sale",
    "salmon",
    "same",
    "sandwich",
    "sauce",
    "save",
    "say",
    "see",
    "sees",
    "sells",
    "send",
    "settle",
    "severance",
    "shaft",
    "shaping",
    "share",
    "side",
    "since",
    "ski",
    "soften",
    "sort",
    "spring",
    "spur",
    "stall",
    "still",
    "stock",
    "stocking",
    "store",
    "strong",
    "success",
    "sulphur",
    "summit",
    "sunflower",
    "surprise",
    "tactic",
    "talent",
    "tank",
    "tapes",
    "tapping",
    "tea",
    "than",
    "till",
    "tires",
    "train",
    "trainer",
    "trim",
    "trip",
    "tumble",
    "tune",
    "us",
    "used",
    "vary",
    "vice",
    "volcano",
    "walls",
    "weed",
    "welcome",
    "were",
    "wines",
    "wing",
    "winner",
    "wise",
    "wool",
    "worth",
    "zone",
];

/// A word of [`UPPER_CASE_COMMON`]: in upper-case text, not a place by a preposition alone.
pub fn is_upper_case_common(folded: &str) -> bool {
    UPPER_CASE_COMMON.binary_search(&folded).is_ok()
}

pub fn is_stop_word(folded: &str) -> bool {
    static SET: LazyLock<std::collections::HashSet<&'static str>> =
        LazyLock::new(|| STOP_WORDS.iter().copied().collect());
    SET.contains(folded)
}

pub fn is_stop_word_strict(folded: &str) -> bool {
    STOP_STRICT.contains(&folded)
}

struct Builder {
    countries: Vec<Country>,
    cc_index: HashMap<String, u16>,
    admin1: Vec<Admin1>,
    a1_index: HashMap<(u16, String), u32>,
    patterns: Vec<String>,
    index: PatternIndex,
    entries: Vec<Vec<Cand>>,
}

impl Builder {
    fn country(&mut self, cc: &str) -> u16 {
        let cc = cc.trim().to_ascii_uppercase();
        if let Some(&i) = self.cc_index.get(&cc) {
            return i;
        }
        let i = self.countries.len() as u16;
        self.countries.push(Country {
            cc: cc.clone(),
            name: cc.clone(),
            aliases: Vec::new(),
            capital: None,
        });
        self.cc_index.insert(cc, i);
        i
    }

    /// The region `name` of country `c`, matched by key against known names and aliases, created
    /// when new.
    fn admin1(&mut self, c: u16, name: &str) -> u32 {
        if let Some(i) = self.find_admin1(c, name) {
            return i;
        }
        let renamed = self.renamed(c, name);
        let key = admin1_key(renamed);
        let i = self.admin1.len() as u32;
        self.admin1.push(Admin1 {
            country: c,
            name: renamed.to_string(),
            aliases: Vec::new(),
        });
        self.a1_index.insert((c, key), i);
        i
    }

    /// The current name of region `name` of country `c` ([`ADMIN1_RENAMES`]).
    fn renamed<'n>(&self, c: u16, name: &'n str) -> &'n str {
        let cc = &self.countries[c as usize].cc;
        ADMIN1_RENAMES
            .iter()
            .find(|(rc, old, _)| rc == cc && old.eq_ignore_ascii_case(name))
            .map(|r| r.2)
            .unwrap_or(name)
    }

    /// The region `name` (or a former name of it) of country `c`, when known.
    fn find_admin1(&self, c: u16, name: &str) -> Option<u32> {
        let renamed = self.renamed(c, name);
        self.a1_index
            .get(&(c, admin1_key(renamed)))
            .or_else(|| self.a1_index.get(&(c, fold(renamed))))
            .copied()
    }

    fn add(&mut self, name: &str, cand: Cand) {
        let f = fold(name);
        if f.len() < 2 || f.bytes().all(|b| b.is_ascii_digit() || b == b' ') {
            return;
        }
        if f.len() == 2 && cand.kind != Kind::Country {
            return;
        }
        let pid = match self.index.get(&f) {
            Some(&p) => p,
            None => {
                let p = self.patterns.len();
                self.patterns.push(format!(" {f}"));
                self.index.insert(f, p);
                self.entries.push(Vec::new());
                p
            }
        };
        let list = &mut self.entries[pid];
        if let Some(e) = list
            .iter_mut()
            .find(|e| e.kind == cand.kind && e.country == cand.country && e.admin1 == cand.admin1)
        {
            e.pop = e.pop.max(cand.pop);
            e.same_name |= cand.same_name;
        } else {
            list.push(cand);
        }
    }
}

impl Gazetteer {
    /// Parses the tables and builds the name dictionary (a few hundred milliseconds).
    pub fn new() -> Gazetteer {
        let mut b = Builder {
            countries: Vec::new(),
            cc_index: HashMap::new(),
            admin1: Vec::new(),
            a1_index: HashMap::new(),
            patterns: Vec::new(),
            index: HashMap::new(),
            entries: Vec::new(),
        };
        for line in COUNTRIES
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() < 2 {
                continue;
            }
            let c = b.country(f[0]);
            let country = &mut b.countries[c as usize];
            country.name = f[1].trim().to_string();
            country.aliases = split_list(f.get(2).copied().unwrap_or(""));
        }
        for line in REGIONS
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() < 2 || f[1].trim().is_empty() {
                continue;
            }
            let c = b.country(f[0]);
            let i = b.admin1(c, f[1].trim());
            for a in split_list(f.get(2).copied().unwrap_or("")) {
                b.a1_index.entry((c, fold(&a))).or_insert(i);
                if !b.admin1[i as usize].aliases.contains(&a) {
                    b.admin1[i as usize].aliases.push(a);
                }
            }
        }
        // GeoNames places.
        for line in GEO.lines() {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() < 4 {
                continue;
            }
            let c = b.country(f[0]);
            let a1 = b.admin1(c, f[1]);
            let a1_key = admin1_key(&b.admin1[a1 as usize].name);
            for city in f[2].split('|').filter(|s| !s.is_empty()) {
                let same_name = admin1_key(city) == a1_key;
                b.add(
                    city,
                    Cand {
                        kind: Kind::City,
                        country: c,
                        admin1: a1,
                        pop: 0,
                        same_name,
                    },
                );
            }
            for a2 in f[3].split('|').filter(|s| !s.is_empty()) {
                let k = admin1_key(a2);
                let same_name = k == a1_key;
                let cand = Cand {
                    kind: Kind::Admin2,
                    country: c,
                    admin1: a1,
                    pop: 0,
                    same_name,
                };
                b.add(a2, cand);
                if k != fold(a2) && k.len() >= 4 {
                    b.add(&k, cand);
                }
            }
        }
        for line in CITIES
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() < 4 || f[3].trim().is_empty() {
                continue;
            }
            let c = b.country(f[2]);
            let a1 = b.admin1(c, f[3].trim());
            let pop = f
                .get(4)
                .and_then(|p| p.trim().parse::<f64>().ok())
                .unwrap_or(1.0)
                .max(1.0) as u32;
            let a1_key = admin1_key(&b.admin1[a1 as usize].name);
            let mut names = vec![f[0].trim().to_string()];
            names.extend(split_list(f[1]));
            for n in names {
                let same_name = admin1_key(&n) == a1_key;
                b.add(
                    &n,
                    Cand {
                        kind: Kind::City,
                        country: c,
                        admin1: a1,
                        pop,
                        same_name,
                    },
                );
            }
        }
        // Regions and countries last, so their names carry every reading.
        for i in 0..b.admin1.len() {
            let (c, name, aliases) = {
                let a = &b.admin1[i];
                (a.country, a.name.clone(), a.aliases.clone())
            };
            let cand = Cand {
                kind: Kind::Admin1,
                country: c,
                admin1: i as u32,
                pop: 0,
                same_name: true,
            };
            b.add(&name, cand);
            let k = admin1_key(&name);
            if k.len() >= 4 && !k.bytes().any(|x| x.is_ascii_digit()) {
                b.add(&k, cand);
            }
            for a in aliases {
                b.add(&a, cand);
            }
        }
        for i in 0..b.countries.len() {
            let (name, aliases) = (b.countries[i].name.clone(), b.countries[i].aliases.clone());
            if name.len() == 2 && name == b.countries[i].cc {
                continue; // known only by code
            }
            let cand = Cand {
                kind: Kind::Country,
                country: i as u16,
                admin1: u32::MAX,
                pop: 0,
                same_name: false,
            };
            b.add(&name, cand);
            for a in aliases {
                b.add(&a, cand);
            }
        }
        // Capitals: the largest city of that name in the country, or its namesake region.
        for line in CAPITALS
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let Some((cc, city)) = line.split_once('\t') else {
                continue;
            };
            let Some(&c) = b.cc_index.get(&cc.trim().to_ascii_uppercase()) else {
                continue;
            };
            let key = fold(city.trim());
            let Some(&p) = b.index.get(&key) else {
                continue;
            };
            let cands: Vec<&Cand> = b.entries[p].iter().filter(|x| x.country == c).collect();
            let best = cands
                .iter()
                .filter(|x| x.kind == Kind::City)
                .max_by_key(|x| x.pop)
                .or_else(|| cands.iter().find(|x| x.kind == Kind::Admin1));
            if let Some(best) = best {
                let region = namesake_region(&b.countries, &cands, best, &key);
                b.countries[c as usize].capital = Some(region.admin1);
            }
        }
        let mut region_demonyms = Vec::new();
        for (cc, region, demonyms) in REGION_DEMONYMS {
            let Some(&c) = b.cc_index.get(*cc) else {
                continue;
            };
            if let Some(a1) = b.find_admin1(c, region) {
                for d in demonyms.split('|') {
                    region_demonyms.push((fold(d), a1));
                }
            }
        }
        let names = NameIndex::new(&b.patterns);
        Gazetteer {
            region_demonyms,
            countries: b.countries,
            admin1: b.admin1,
            names,
            entries: b.entries,
            lookup: std::sync::OnceLock::new(),
        }
    }

    /// A process-wide gazetteer for callers without an [`super::Extractor`].
    pub fn get() -> &'static Gazetteer {
        &SHARED
    }
}

impl Default for Gazetteer {
    fn default() -> Self {
        Gazetteer::new()
    }
}

fn split_list(s: &str) -> Vec<String> {
    s.split('|')
        .map(|x| x.trim())
        .filter(|x| !x.is_empty())
        .map(|x| x.to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_region_demonym_resolves_to_its_region() {
        let g = Gazetteer::get();
        for (cc, region, demonyms) in REGION_DEMONYMS {
            for d in demonyms.split('|') {
                let a1 = g
                    .region_demonyms
                    .iter()
                    .find(|(n, _)| *n == fold(d))
                    .map(|x| x.1);
                let a1 = a1.unwrap_or_else(|| panic!("{d} ({region}, {cc}) has no region"));
                assert_eq!(g.countries[g.admin1[a1 as usize].country as usize].cc, *cc);
            }
        }
    }

    #[test]
    fn every_capital_resolves_to_a_region_of_its_country() {
        let g = Gazetteer::get();
        let mut missing = Vec::new();
        for line in CAPITALS.lines().filter(|l| !l.starts_with('#')) {
            let Some((cc, city)) = line.split_once('\t') else {
                continue;
            };
            let country = g.countries.iter().find(|c| c.cc == cc);
            match country.and_then(|c| c.capital) {
                Some(a1) => assert_eq!(g.countries[g.admin1[a1 as usize].country as usize].cc, cc),
                None => missing.push(format!("{cc} {city}")),
            }
        }
        assert!(missing.is_empty(), "capitals without a region: {missing:?}");
        let region = |cc: &str| {
            let c = g.countries.iter().find(|c| c.cc == cc).unwrap();
            g.admin1[c.capital.unwrap() as usize].name.as_str()
        };
        assert_eq!(region("US"), "Washington, D.C.");
        assert_eq!(region("PK"), "Islamabad");
    }

    #[test]
    fn upper_case_common_words_are_sorted() {
        assert!(UPPER_CASE_COMMON.windows(2).all(|w| w[0] < w[1]));
    }
}
