// Discounts and exemptions.
import { easy, list, paras, type ServiceSeed } from "./service-seed";

export const DISCOUNT_SERVICES: ServiceSeed[] = [
  {
    hsdsId: "cbb1edbd-50dd-40ca-8179-df72e5ffb67a",
    slug: "sozialpass",
    legalBasis:
      "Freiwillige Leistung der Stadt Musterstadt (Ratsbeschluss); Sozialticket-Förderung des Landes NRW",
    org: "agency",
    keywords: "Musterstadt-Pass, Sozialticket, Deutschlandticket Sozial",
    categories: ["discounts-exemptions"],
    lifeSituations: ["low-income-family", "single-parent", "old-age-reduced-earning-capacity"],
    documents: ["benefit-notice", "photo", "id-card"],
    channels: [
      { kind: "IN_PERSON", value: "Rathausplatz 1, 12345 Musterstadt" },
      { kind: "PHONE", value: "0221 4710 100", label: "Servicetelefon Sozialagentur" },
    ],
    locations: [
      { office: "mitte", languages: "de,tr,en,uk,ru" },
      { office: "nord", languages: "de,ar,en" },
    ],
    de: {
      title: "Musterstadt-Pass (Sozialpass) und Sozialticket",
      summary:
        "Günstiger unterwegs und dabei sein: Ermäßigungen für Bus und Bahn, Schwimmbad, Museen, Volkshochschule und Bibliothek für Menschen mit kleinem Einkommen.",
      description: paras(
        "Mit dem Musterstadt-Pass bekommen Menschen, die Bürgergeld, Sozialhilfe, Grundsicherung, Leistungen nach dem AsylbLG, Wohngeld oder Kinderzuschlag beziehen, Ermäßigungen bei städtischen Angeboten: Schwimmbäder, Museen, Stadtbibliothek, Volkshochschule und Musikschule.",
        "Mit dem Pass können Sie außerdem das vergünstigte Deutschlandticket Sozial (Sozialticket) bei den Verkehrsbetrieben kaufen; den aktuellen Preis nennt Ihnen das Kundencenter.",
        "Der Musterstadt-Pass ist eine freiwillige Leistung der Stadt Musterstadt.",
      ),
      eligibility: list(
        "Sie wohnen in Musterstadt.",
        "Sie bekommen Bürgergeld, Sozialhilfe, Grundsicherung, Leistungen nach dem AsylbLG, Wohngeld oder Kinderzuschlag.",
      ),
      benefits: list(
        "Ermäßigter Eintritt in städtische Schwimmbäder und Museen",
        "Kostenloser Bibliotheksausweis",
        "Ermäßigung bei Volkshochschule und Musikschule",
        "Berechtigung für das Deutschlandticket Sozial",
      ),
      howToApply:
        "Beantragen Sie den Pass im Servicecenter Mitte oder Nord mit Ihrem aktuellen Leistungsbescheid und einem Passfoto. Er gilt so lange wie Ihr Bescheid.",
      costs: "Der Pass ist kostenlos.",
      keywords:
        "Sozialpass, Musterstadt-Pass, Sozialticket, Deutschlandticket Sozial, Ermäßigung, Schwimmbad, Museum, Bibliothek, VHS, Bus und Bahn",
      easyLanguage: easy(
        "Sie haben wenig Geld.",
        "Mit dem Musterstadt-Pass bezahlen Sie weniger.",
        "Zum Beispiel im Schwimmbad oder im Museum.",
        "Sie können auch ein günstiges Ticket für Bus und Bahn kaufen.",
        "Den Pass bekommen Sie in der Sozialagentur.",
        "Der Pass kostet nichts.",
      ),
    },
    i18n: {
      en: {
        title: "Musterstadt Pass (social pass) and social ticket",
        summary:
          "Travel for less and join in: discounts for buses and trains, swimming pools, museums, the adult education centre and the library for people on low incomes.",
        keywords:
          "social pass, social ticket, discount, public transport ticket, swimming pool, museum, library",
      },
      tr: {
        title: "Musterstadt Kartı (sosyal kart) ve sosyal bilet",
        summary:
          "Daha ucuza ulaşım ve sosyal hayata katılım: düşük gelirliler için otobüs ve tren, yüzme havuzu, müze, halk eğitim merkezi ve kütüphanede indirim.",
        keywords:
          "sosyal kart, sosyal bilet, indirim, toplu taşıma bileti, yüzme havuzu, müze, kütüphane",
      },
      ar: {
        title: "بطاقة موسترشتات (البطاقة الاجتماعية) والتذكرة الاجتماعية",
        summary:
          "تنقّل بتكلفة أقل وشارك في الحياة: تخفيضات في الحافلات والقطارات والمسابح والمتاحف ومركز تعليم الكبار والمكتبة لذوي الدخل المنخفض.",
        keywords: "بطاقة اجتماعية, تذكرة اجتماعية, تخفيض, تذكرة المواصلات, مسبح, متحف, مكتبة",
      },
      uk: {
        title: "Musterstadt-Pass (соціальна картка) і соціальний квиток",
        summary:
          "Дешевший проїзд і участь у житті міста: знижки на автобуси й потяги, басейни, музеї, народний університет і бібліотеку для людей з низьким доходом.",
        keywords:
          "соціальна картка, соціальний квиток, знижка, проїзний, басейн, музей, бібліотека",
      },
      ru: {
        title: "Musterstadt-Pass (социальная карта) и социальный билет",
        summary:
          "Дешевле ездить и участвовать в жизни города: скидки на автобусы и поезда, бассейны, музеи, народный университет и библиотеку для людей с низким доходом.",
        keywords:
          "социальная карта, социальный билет, скидка, проездной, бассейн, музей, библиотека",
      },
      pl: {
        title: "Musterstadt-Pass (karta socjalna) i bilet socjalny",
        summary:
          "Taniej podróżować i uczestniczyć: zniżki na autobusy i pociągi, baseny, muzea, uniwersytet ludowy i bibliotekę dla osób o niskich dochodach.",
        keywords:
          "karta socjalna, bilet socjalny, zniżka, bilet komunikacji, basen, muzeum, biblioteka",
      },
    },
  },
  {
    hsdsId: "e23be72d-408e-4eac-aba3-2fad2aaa984a",
    slug: "rundfunkbeitragsbefreiung",
    legalBasis: "§ 4 Rundfunkbeitragsstaatsvertrag (RBStV)",
    org: "beitragsservice",
    keywords: "RBStV, § 4 RBStV, GEZ, Merkzeichen RF",
    url: "https://www.rundfunkbeitrag.de",
    categories: ["discounts-exemptions"],
    lifeSituations: [
      "low-income-family",
      "old-age-reduced-earning-capacity",
      "disability",
      "debts",
    ],
    documents: ["benefit-notice", "disability-card"],
    channels: [{ kind: "WEB", value: "https://www.rundfunkbeitrag.de", label: "Online-Antrag" }],
    locations: [
      { office: "mitte", languages: "de,tr,en,uk,ru" },
      { office: "nord", languages: "de,ar,en" },
    ],
    de: {
      title: "Befreiung vom Rundfunkbeitrag",
      summary:
        "Wer Bürgergeld, Sozialhilfe, Grundsicherung oder bestimmte andere Leistungen bekommt, muss keinen Rundfunkbeitrag zahlen. Menschen mit dem Merkzeichen RF zahlen nur ein Drittel.",
      description: paras(
        "Der Rundfunkbeitrag wird pro Wohnung erhoben. Wer eine bestimmte Sozialleistung bezieht, kann sich auf Antrag befreien lassen – die Befreiung gilt dann für die ganze Wohnung, wenn die anderen Bewohnerinnen und Bewohner zur Bedarfsgemeinschaft gehören.",
        "Menschen mit dem Merkzeichen RF im Schwerbehindertenausweis zahlen einen ermäßigten Beitrag (ein Drittel); taubblinde Menschen und Menschen mit Blindenhilfe nach § 72 SGB XII sind befreit.",
        "Wohngeld allein berechtigt nicht zur Befreiung. Liegt Ihr Einkommen nur knapp über dem Bürgergeld-Niveau, ist eine Befreiung als Härtefall möglich.",
      ),
      eligibility: list(
        "Sie bekommen Bürgergeld, Sozialhilfe, Grundsicherung im Alter und bei Erwerbsminderung, Leistungen nach dem AsylbLG, Hilfe zur Pflege, Blindenhilfe oder BAföG bzw. Berufsausbildungsbeihilfe ohne Wohnung bei den Eltern.",
        "Ermäßigung: Merkzeichen RF im Schwerbehindertenausweis.",
      ),
      benefits: list(
        "Befreiung vom Rundfunkbeitrag für die Dauer Ihres Leistungsbescheids",
        "Ermäßigung auf ein Drittel mit dem Merkzeichen RF",
      ),
      howToApply:
        "Beantragen Sie die Befreiung online auf rundfunkbeitrag.de oder mit dem Formular, das es auch im Servicecenter gibt. Legen Sie Ihren Leistungsbescheid oder eine Bescheinigung der Behörde bei. Stellen Sie nach Ablauf des Bescheids einen neuen Antrag.",
      costs: "Kostenlos.",
      keywords:
        "Rundfunkbeitrag, GEZ, Befreiung, Rundfunkgebühr, Beitragsservice, Merkzeichen RF, Ermäßigung, ARD ZDF",
      easyLanguage: easy(
        "Für Fernsehen und Radio bezahlt man in Deutschland einen Beitrag.",
        "Das heißt Rundfunk-Beitrag.",
        "Wenn Sie Bürgergeld oder Grundsicherung bekommen, müssen Sie nichts bezahlen.",
        "Dafür müssen Sie einen Antrag stellen.",
        "Wir helfen Ihnen dabei.",
      ),
    },
    i18n: {
      en: {
        title: "Exemption from the broadcasting fee (Rundfunkbeitrag)",
        summary:
          "If you receive Bürgergeld, social assistance, basic income support or certain other benefits, you do not have to pay the broadcasting fee. People with the RF marker pay only a third.",
        keywords: "broadcasting fee, TV licence, GEZ, exemption, RF marker",
      },
      tr: {
        title: "Yayın ücretinden muafiyet (Rundfunkbeitrag)",
        summary:
          "Vatandaşlık parası, sosyal yardım, temel güvence veya bazı diğer yardımları alıyorsanız yayın ücreti ödemezsiniz. RF işareti olanlar yalnızca üçte birini öder.",
        keywords: "yayın ücreti, GEZ, muafiyet, televizyon ücreti, RF işareti",
      },
      ar: {
        title: "الإعفاء من رسوم البث (Rundfunkbeitrag)",
        summary:
          "إذا كنت تحصل على Bürgergeld أو المساعدة الاجتماعية أو الضمان الأساسي أو إعانات معينة أخرى، فلا يتوجب عليك دفع رسوم البث. أصحاب علامة RF يدفعون الثلث فقط.",
        keywords: "رسوم البث, GEZ, إعفاء, رسوم التلفزيون, علامة RF",
      },
      uk: {
        title: "Звільнення від радіотелевізійного збору (Rundfunkbeitrag)",
        summary:
          "Якщо Ви отримуєте Bürgergeld, соціальну допомогу, базове забезпечення чи деякі інші виплати, Вам не потрібно платити радіотелевізійний збір. Люди з позначкою RF платять лише третину.",
        keywords: "радіотелевізійний збір, GEZ, звільнення, плата за телебачення, позначка RF",
      },
      ru: {
        title: "Освобождение от взноса за радио и телевидение (Rundfunkbeitrag)",
        summary:
          "Если Вы получаете Bürgergeld, социальную помощь, базовое обеспечение или некоторые другие выплаты, Вам не нужно платить взнос за радио и ТВ. Люди с отметкой RF платят только треть.",
        keywords: "взнос за радио и ТВ, GEZ, освобождение, плата за телевидение, отметка RF",
      },
      pl: {
        title: "Zwolnienie z opłaty radiowo-telewizyjnej (Rundfunkbeitrag)",
        summary:
          "Jeśli pobierają Państwo Bürgergeld, pomoc społeczną, zabezpieczenie podstawowe lub niektóre inne świadczenia, nie muszą Państwo płacić opłaty abonamentowej. Osoby z oznaczeniem RF płacą tylko jedną trzecią.",
        keywords: "opłata abonamentowa, GEZ, zwolnienie, abonament RTV, oznaczenie RF",
      },
    },
  },
];
