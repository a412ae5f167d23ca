// Work and training: placement and the instruments of SGB II/III.
import { easy, list, paras, type ServiceSeed } from "./service-seed";

const JOBCENTER_PHONE = {
  kind: "PHONE",
  value: "0221 4710 200",
  label: "Jobcenter Musterstadt",
} as const;

export const WORK_SERVICES: ServiceSeed[] = [
  {
    hsdsId: "e8583910-a731-43a2-95ba-f20835edb2d1",
    slug: "arbeitsvermittlung",
    legalBasis: "§ 16 SGB II i. V. m. §§ 35, 44 SGB III; Kooperationsplan § 15 SGB II",
    org: "jobcenter",
    keywords: "§ 16 SGB II, § 35 SGB III, Vermittlungsbudget",
    url: "https://www.arbeitsagentur.de/jobsuche",
    categories: ["work-training"],
    lifeSituations: ["lost-job", "new-in-germany", "single-parent"],
    documents: ["cv", "certificates-diplomas", "id-card"],
    channels: [
      JOBCENTER_PHONE,
      {
        kind: "WEB",
        value: "https://www.arbeitsagentur.de/jobsuche",
        label: "Jobbörse der Bundesagentur für Arbeit",
      },
      { kind: "IN_PERSON", value: "Bahnhofstraße 10, 12345 Musterstadt" },
    ],
    locations: [
      { office: "jobcenter", languages: "de,en,tr,ar" },
      { office: "mitte", languages: "de,tr,en,uk,ru" },
    ],
    de: {
      title: "Arbeitsvermittlung und Beratung zur Arbeitssuche",
      summary:
        "Persönliche Unterstützung bei der Suche nach Arbeit oder Ausbildung: Stellenangebote, Bewerbung, Förderung.",
      description: paras(
        "Ihre Ansprechperson im Jobcenter oder bei der Agentur für Arbeit schaut mit Ihnen, was Sie können und was Sie suchen (Potenzialanalyse), schlägt passende Stellen vor und prüft, welche Förderung Ihnen hilft – zum Beispiel ein Coaching, eine Weiterbildung oder ein Zuschuss zu Bewerbungskosten.",
        "Wenn Sie Bürgergeld bekommen, halten Sie die vereinbarten Schritte im Kooperationsplan fest. In der Sozialagentur Musterstadt arbeiten Fallmanagement und Arbeitsvermittlung eng zusammen – Sie haben eine feste Ansprechperson.",
      ),
      eligibility: list(
        "Alle, die Arbeit oder eine Ausbildung suchen – mit oder ohne Leistungsbezug.",
        "Wer Bürgergeld bekommt, wird vom Jobcenter betreut, alle anderen von der Agentur für Arbeit.",
      ),
      benefits: list(
        "Stellenvorschläge und Vermittlung",
        "Unterstützung bei Bewerbungen",
        "Förderung aus dem Vermittlungsbudget, z. B. Fahrkosten zum Vorstellungsgespräch",
        "Prüfung von Gutscheinen für Coaching und Weiterbildung",
      ),
      howToApply:
        "Vereinbaren Sie einen Termin beim Jobcenter (bei Bürgergeld) oder melden Sie sich bei der Agentur für Arbeit arbeitsuchend. Wenn Sie schon im Fallmanagement der Sozialagentur sind, sprechen Sie Ihre Fallmanagerin oder Ihren Fallmanager an.",
      costs: "Kostenlos.",
      keywords:
        "Arbeitsvermittlung, Jobsuche, Arbeit finden, Stellenangebote, Bewerbung, Jobbörse, Ausbildung finden, Potenzialanalyse, Kooperationsplan",
      easyLanguage: easy(
        "Sie suchen eine Arbeit.",
        "Das Jobcenter hilft Ihnen.",
        "Sie sprechen über Ihre Stärken und Wünsche.",
        "Das Jobcenter sucht passende Stellen für Sie.",
        "Es hilft auch bei der Bewerbung.",
        "Die Hilfe kostet nichts.",
      ),
    },
    i18n: {
      en: {
        title: "Job placement and jobseeker advice",
        summary:
          "Personal support in finding work or an apprenticeship: vacancies, applications, funding.",
        keywords: "job search, find work, vacancies, job application, apprenticeship, job centre",
      },
      tr: {
        title: "İş bulma ve iş arama danışmanlığı",
        summary: "İş veya meslek eğitimi ararken kişisel destek: iş ilanları, başvuru, teşvikler.",
        keywords: "iş arama, iş bulmak, iş ilanları, başvuru, meslek eğitimi, Jobcenter",
      },
      ar: {
        title: "الوساطة في العمل والاستشارة في البحث عن عمل",
        summary: "دعم شخصي في البحث عن عمل أو تدريب مهني: عروض العمل، والتقديم، والدعم المالي.",
        keywords: "البحث عن عمل, إيجاد وظيفة, عروض العمل, طلب توظيف, تدريب مهني, جوب سنتر",
      },
      uk: {
        title: "Працевлаштування та консультації з пошуку роботи",
        summary:
          "Особиста підтримка в пошуку роботи чи професійного навчання: вакансії, заявки, фінансова підтримка.",
        keywords: "пошук роботи, знайти роботу, вакансії, резюме, професійне навчання, джобцентр",
      },
      ru: {
        title: "Трудоустройство и консультации по поиску работы",
        summary:
          "Личная поддержка в поиске работы или профессионального обучения: вакансии, отклики, финансовая поддержка.",
        keywords:
          "поиск работы, найти работу, вакансии, резюме, профессиональное обучение, джобцентр",
      },
      pl: {
        title: "Pośrednictwo pracy i doradztwo w szukaniu pracy",
        summary:
          "Osobiste wsparcie w szukaniu pracy lub nauki zawodu: oferty pracy, aplikacje, dofinansowanie.",
        keywords: "szukanie pracy, znaleźć pracę, oferty pracy, aplikacja, nauka zawodu, Jobcenter",
      },
    },
  },
  {
    hsdsId: "d9963ef2-9b0f-4fb3-a86c-f6b776649857",
    slug: "aktivierungsgutschein",
    legalBasis: "§ 45 SGB III; § 16 Abs. 1 SGB II",
    org: "jobcenter",
    keywords: "AVGS, § 45 SGB III, AZAV",
    categories: ["work-training"],
    lifeSituations: ["lost-job", "new-in-germany"],
    documents: ["cv", "id-card"],
    channels: [JOBCENTER_PHONE],
    locations: [
      { office: "jobcenter", languages: "de,en,tr,ar" },
      { office: "bildungswerk", languages: "de,en,tr,ar,uk" },
    ],
    de: {
      title: "Aktivierungs- und Vermittlungsgutschein (AVGS)",
      summary:
        "Ein Gutschein für ein Coaching, ein Bewerbungstraining oder eine private Arbeitsvermittlung – den Träger wählen Sie selbst aus.",
      description: paras(
        "Mit dem Aktivierungs- und Vermittlungsgutschein (AVGS) bezahlt das Jobcenter oder die Agentur für Arbeit eine Maßnahme bei einem zugelassenen Träger: zum Beispiel ein Einzelcoaching, ein Bewerbungstraining, eine Erprobung bei einem Arbeitgeber oder eine private Arbeitsvermittlung.",
        "Auf dem Gutschein stehen Ziel, Inhalt und Dauer. Damit suchen Sie sich einen zugelassenen Träger aus – zum Beispiel das Bildungswerk Musterstadt.",
      ),
      eligibility: list(
        "Sie sind arbeitsuchend, arbeitslos oder von Arbeitslosigkeit bedroht.",
        "Wer Bürgergeld bekommt, erhält den Gutschein vom Jobcenter, wenn er zu den Zielen im Kooperationsplan passt.",
        "Wer Arbeitslosengeld bekommt und nach sechs Wochen noch keine Arbeit hat, hat unter bestimmten Voraussetzungen einen Anspruch auf einen Gutschein für private Arbeitsvermittlung.",
      ),
      benefits: list(
        "Übernahme der Kosten der Maßnahme bei einem zugelassenen Träger",
        "Die Maßnahme kann einzeln oder in der Gruppe, in Teilzeit oder online stattfinden",
      ),
      howToApply:
        "Sprechen Sie Ihre Ansprechperson im Jobcenter oder bei der Agentur für Arbeit an. Ist der Gutschein ausgestellt, melden Sie sich bei einem zugelassenen Träger Ihrer Wahl.",
      costs: "Für Sie kostenlos.",
      keywords:
        "Aktivierungsgutschein, Vermittlungsgutschein, Coaching, Bewerbungstraining, private Arbeitsvermittlung, Jobcoaching",
      easyLanguage: easy(
        "Sie suchen eine Arbeit.",
        "Sie möchten Hilfe von einem Coach.",
        "Das Jobcenter gibt Ihnen einen Gutschein.",
        "Mit dem Gutschein können Sie ein Training machen.",
        "Zum Beispiel: Bewerbungen schreiben.",
        "Sie bezahlen nichts.",
      ),
    },
    i18n: {
      en: {
        title: "Activation and placement voucher (AVGS)",
        summary:
          "A voucher for coaching, application training or a private placement agency – you choose the provider yourself.",
        keywords: "voucher, coaching, job coaching, application training, private job placement",
      },
      tr: {
        title: "Aktivasyon ve iş bulma kuponu (AVGS)",
        summary:
          "Koçluk, başvuru eğitimi veya özel iş bulma hizmeti için bir kupon – kurumu kendiniz seçersiniz.",
        keywords: "kupon, koçluk, iş koçluğu, başvuru eğitimi, özel iş bulma",
      },
      ar: {
        title: "قسيمة التفعيل والتوظيف (AVGS)",
        summary:
          "قسيمة لتدريب شخصي أو تدريب على التقديم للوظائف أو لوكالة توظيف خاصة – أنت تختار الجهة المقدِّمة بنفسك.",
        keywords: "قسيمة, تدريب شخصي, كوتشينغ, تدريب على طلبات العمل, وكالة توظيف خاصة",
      },
      uk: {
        title: "Ваучер на активацію та працевлаштування (AVGS)",
        summary:
          "Ваучер на коучинг, тренінг зі складання заявок чи приватне кадрове агентство – провайдера Ви обираєте самі.",
        keywords: "ваучер, коучинг, тренінг, заявка на роботу, приватне працевлаштування",
      },
      ru: {
        title: "Ваучер на активацию и трудоустройство (AVGS)",
        summary:
          "Ваучер на коучинг, тренинг по составлению откликов или частное кадровое агентство – организацию Вы выбираете сами.",
        keywords: "ваучер, коучинг, тренинг, отклик на вакансию, частное трудоустройство",
      },
      pl: {
        title: "Bon aktywizacyjny i pośrednictwa (AVGS)",
        summary:
          "Bon na coaching, trening aplikacyjny lub prywatne pośrednictwo pracy – organizatora wybierają Państwo sami.",
        keywords: "bon, coaching, trening aplikacyjny, prywatne pośrednictwo pracy",
      },
    },
  },
  {
    hsdsId: "747fb2b7-da3f-4053-bfa5-917b95182e62",
    slug: "bildungsgutschein",
    legalBasis:
      "§§ 81 ff. SGB III; § 87a SGB III (Weiterbildungsgeld, Prämien); § 16 Abs. 1 SGB II",
    org: "jobcenter",
    keywords: "§ 81 SGB III, § 87a SGB III, AZAV, FbW",
    categories: ["work-training"],
    lifeSituations: ["lost-job", "new-in-germany"],
    documents: ["cv", "certificates-diplomas", "id-card"],
    channels: [
      JOBCENTER_PHONE,
      { kind: "PHONE", value: "0800 4 5555 00", label: "Agentur für Arbeit (kostenfrei)" },
    ],
    locations: [
      { office: "jobcenter", languages: "de,en,tr,ar" },
      { office: "bildungswerk", languages: "de,en,tr,ar,uk" },
    ],
    de: {
      title: "Bildungsgutschein für Weiterbildung und Umschulung",
      summary:
        "Das Jobcenter oder die Agentur für Arbeit bezahlt eine Weiterbildung oder einen Berufsabschluss – mit Prämien für bestandene Prüfungen.",
      description: paras(
        "Mit dem Bildungsgutschein werden berufliche Weiterbildungen bezahlt, die Ihre Chancen auf Arbeit verbessern – zum Beispiel ein Staplerschein, ein Kurs in Lagerlogistik, eine Teilqualifizierung oder eine Umschulung mit IHK-Abschluss.",
        "Wer einen Berufsabschluss nachholt, bekommt zusätzlich 150 € Weiterbildungsgeld im Monat sowie Prämien: 1.000 € für die bestandene Zwischenprüfung und 1.500 € für die bestandene Abschlussprüfung.",
      ),
      eligibility: list(
        "Die Weiterbildung ist nötig, um Sie dauerhaft in Arbeit zu bringen oder Arbeitslosigkeit abzuwenden, oder Ihnen fehlt ein Berufsabschluss.",
        "Sie wurden vorher vom Jobcenter oder der Agentur für Arbeit beraten.",
        "Maßnahme und Träger sind zugelassen (AZAV).",
      ),
      benefits: list(
        "Lehrgangskosten",
        "Fahrkosten",
        "Kinderbetreuungskosten (Pauschale je Kind)",
        "Kosten für auswärtige Unterbringung und Verpflegung, wenn nötig",
        "Bei abschlussbezogener Weiterbildung: 150 € Weiterbildungsgeld im Monat und Prämien für bestandene Prüfungen",
      ),
      howToApply:
        "Sprechen Sie Ihre Ansprechperson im Jobcenter oder bei der Agentur für Arbeit an. Nach der Beratung bekommen Sie den Gutschein und wählen einen zugelassenen Träger, zum Beispiel das Bildungswerk Musterstadt.",
      costs: "Für Sie kostenlos.",
      keywords:
        "Bildungsgutschein, Weiterbildung, Umschulung, Qualifizierung, Berufsabschluss nachholen, Teilqualifizierung, Staplerschein, Weiterbildungsgeld",
      easyLanguage: easy(
        "Sie möchten etwas Neues lernen.",
        "Zum Beispiel einen neuen Beruf.",
        "Das Jobcenter kann das bezahlen.",
        "Sie bekommen einen Bildungsgutschein.",
        "Sie bezahlen den Kurs nicht selbst.",
        "Wenn Sie die Prüfung bestehen, bekommen Sie extra Geld.",
      ),
    },
    i18n: {
      en: {
        title: "Training voucher for further training and retraining",
        summary:
          "The job centre or employment agency pays for further training or a vocational qualification – with bonuses for passed exams.",
        keywords:
          "training voucher, further training, retraining, qualification, vocational training, forklift licence",
      },
      tr: {
        title: "Mesleki eğitim ve yeniden eğitim için eğitim kuponu",
        summary:
          "İş merkezi veya iş ajansı bir mesleki eğitim ya da meslek diploması için ödeme yapar – geçilen sınavlar için prim de verilir.",
        keywords: "eğitim kuponu, meslek eğitimi, yeniden eğitim, kalifikasyon, forklift ehliyeti",
      },
      ar: {
        title: "قسيمة التعليم للتدريب المهني وإعادة التأهيل",
        summary:
          "يدفع مركز العمل أو وكالة العمل تكاليف تدريب مهني أو الحصول على شهادة مهنية – مع مكافآت عند النجاح في الامتحانات.",
        keywords: "قسيمة التعليم, تدريب مهني, إعادة تأهيل, مؤهل مهني, رخصة الرافعة الشوكية",
      },
      uk: {
        title: "Освітній ваучер на підвищення кваліфікації та перекваліфікацію",
        summary:
          "Джобцентр або агентство з праці оплачує підвищення кваліфікації чи здобуття професії – з преміями за складені іспити.",
        keywords:
          "освітній ваучер, підвищення кваліфікації, перекваліфікація, професія, навантажувач",
      },
      ru: {
        title: "Образовательный ваучер на повышение квалификации и переобучение",
        summary:
          "Джобцентр или агентство по труду оплачивает повышение квалификации или получение профессии – с премиями за сданные экзамены.",
        keywords:
          "образовательный ваучер, повышение квалификации, переобучение, профессия, погрузчик",
      },
      pl: {
        title: "Bon szkoleniowy na doszkalanie i przekwalifikowanie",
        summary:
          "Jobcenter lub agencja pracy płaci za szkolenie lub zdobycie zawodu – z premiami za zdane egzaminy.",
        keywords:
          "bon szkoleniowy, doszkalanie, przekwalifikowanie, kwalifikacje zawodowe, wózek widłowy",
      },
    },
  },
  {
    hsdsId: "aa8935a8-3ae1-41bb-abda-0b480d4c5800",
    slug: "arbeitsgelegenheiten",
    legalBasis: "§ 16d SGB II",
    org: "jobcenter",
    keywords: "§ 16d SGB II, AGH",
    categories: ["work-training"],
    lifeSituations: ["lost-job", "addiction-mental-health"],
    documents: ["id-card", "benefit-notice"],
    channels: [JOBCENTER_PHONE],
    locations: [{ office: "bildungswerk", languages: "de,en,tr,ar,uk" }],
    de: {
      title: "Arbeitsgelegenheiten (§ 16d SGB II)",
      summary:
        "Sinnvolle Tätigkeiten im Interesse der Allgemeinheit, um wieder in einen geregelten Arbeitsalltag zu finden – zusätzlich zum Bürgergeld gibt es eine Mehraufwandsentschädigung.",
      description: paras(
        "Arbeitsgelegenheiten sind zusätzliche Tätigkeiten, die im öffentlichen Interesse liegen und keine regulären Arbeitsplätze verdrängen, zum Beispiel in Stadtteilprojekten, Sozialkaufhäusern oder im Umweltschutz. Sie helfen, wieder Tritt zu fassen, Fähigkeiten zu zeigen und den Weg in Arbeit vorzubereiten.",
        "Sie bekommen Ihr Bürgergeld weiter und zusätzlich eine Entschädigung für Mehraufwendungen für jede geleistete Stunde. Ein Arbeitsverhältnis entsteht nicht.",
      ),
      eligibility: list(
        "Sie bekommen Bürgergeld und sind erwerbsfähig.",
        "Andere Hilfen zur Eingliederung in Arbeit kommen derzeit nicht in Frage.",
        "Innerhalb von fünf Jahren sind höchstens 24 Monate möglich (in Ausnahmefällen länger).",
      ),
      benefits: list(
        "Mehraufwandsentschädigung je Stunde zusätzlich zum Bürgergeld (die Höhe legt das Jobcenter fest)",
        "Begleitung durch den Träger, auf Wunsch mit Qualifizierung",
      ),
      howToApply:
        "Sprechen Sie Ihre Ansprechperson im Jobcenter oder Ihre Fallmanagerin bzw. Ihren Fallmanager an. Die Teilnahme wird im Kooperationsplan vereinbart.",
      costs: "Kostenlos.",
      keywords:
        "Arbeitsgelegenheit, Ein-Euro-Job, 1-Euro-Job, Mehraufwandsentschädigung, Beschäftigung, Tagesstruktur",
      easyLanguage: easy(
        "Sie bekommen Bürgergeld.",
        "Sie möchten wieder etwas tun.",
        "Sie können in einem Projekt in der Stadt mitarbeiten.",
        "Zum Beispiel in einem Sozial-Kaufhaus.",
        "Sie bekommen dafür etwas Geld extra.",
        "So üben Sie für eine neue Arbeit.",
      ),
    },
    i18n: {
      en: {
        title: "Work opportunities (§ 16d SGB II)",
        summary:
          "Meaningful activities in the public interest to get back into a regular working day – in addition to Bürgergeld you receive an allowance for extra expenses.",
        keywords: "work opportunity, one-euro job, community work, daily structure",
      },
      tr: {
        title: "Çalışma fırsatları (§ 16d SGB II)",
        summary:
          "Düzenli bir çalışma hayatına dönmek için kamu yararına anlamlı işler – vatandaşlık parasına ek olarak ek masraf tazminatı alırsınız.",
        keywords: "çalışma fırsatı, bir avroluk iş, kamu yararına iş, günlük düzen",
      },
      ar: {
        title: "فرص العمل (§ 16d SGB II)",
        summary:
          "أنشطة مفيدة للمصلحة العامة للعودة إلى يوم عمل منتظم – تحصل إضافةً إلى Bürgergeld على تعويض عن النفقات الإضافية.",
        keywords: "فرصة عمل, وظيفة اليورو الواحد, عمل للمصلحة العامة, تنظيم اليوم",
      },
      uk: {
        title: "Можливості зайнятості (§ 16d SGB II)",
        summary:
          "Корисна діяльність у суспільних інтересах, щоб повернутися до регулярного робочого дня – додатково до Bürgergeld Ви отримуєте компенсацію додаткових витрат.",
        keywords: "суспільно корисна робота, робота за один євро, структура дня",
      },
      ru: {
        title: "Возможности занятости (§ 16d SGB II)",
        summary:
          "Полезная деятельность в общественных интересах, чтобы вернуться к регулярному рабочему дню – дополнительно к Bürgergeld Вы получаете компенсацию дополнительных расходов.",
        keywords: "общественно полезная работа, работа за один евро, структура дня",
      },
      pl: {
        title: "Prace społecznie użyteczne (§ 16d SGB II)",
        summary:
          "Sensowne zajęcia w interesie publicznym, aby wrócić do regularnego dnia pracy – oprócz Bürgergeld otrzymują Państwo rekompensatę dodatkowych wydatków.",
        keywords: "prace społecznie użyteczne, praca za jedno euro, struktura dnia",
      },
    },
  },
  {
    hsdsId: "43717b42-ced1-4948-bb91-583492590bd8",
    slug: "teilhabe-am-arbeitsmarkt",
    legalBasis: "§ 16i SGB II",
    org: "jobcenter",
    keywords: "§ 16i SGB II, sozialer Arbeitsmarkt",
    categories: ["work-training"],
    lifeSituations: ["lost-job"],
    documents: ["cv", "benefit-notice"],
    channels: [JOBCENTER_PHONE],
    locations: [{ office: "jobcenter", languages: "de,en,tr,ar" }],
    de: {
      title: "Teilhabe am Arbeitsmarkt (§ 16i SGB II)",
      summary:
        "Ein Arbeitsplatz mit Lohn und Sozialversicherung für Menschen, die sehr lange Bürgergeld bekommen – der Lohn wird bis zu fünf Jahre gefördert, mit begleitendem Coaching.",
      description: paras(
        "Arbeitgeber, die eine langzeitarbeitslose Person einstellen, bekommen einen Zuschuss zum Lohn: in den ersten beiden Jahren 100 %, danach jedes Jahr 10 Prozentpunkte weniger, für höchstens fünf Jahre. So entsteht ein richtiges Arbeitsverhältnis mit Tarif- oder Mindestlohn.",
        "Während der Förderung begleitet Sie ein ganzheitliches Coaching, auch bei Fragen außerhalb der Arbeit.",
      ),
      eligibility: list(
        "Sie sind mindestens 25 Jahre alt.",
        "Sie haben in den letzten sieben Jahren mindestens sechs Jahre Bürgergeld (früher Arbeitslosengeld II) bekommen und waren in dieser Zeit nicht oder nur kurz beschäftigt.",
        "Mit Kindern unter 18 Jahren in der Familie oder mit Schwerbehinderung genügen fünf Jahre.",
      ),
      benefits: list(
        "Ein Arbeitsvertrag mit Lohn und Sozialversicherung (ohne Arbeitslosenversicherung)",
        "Lohnkostenzuschuss an den Arbeitgeber bis zu fünf Jahre",
        "Ganzheitliches Coaching während der Beschäftigung",
        "Freistellung für Weiterbildung oder betriebliche Praktika",
      ),
      howToApply:
        "Sprechen Sie Ihre Fallmanagerin oder Ihren Fallmanager an. Das Jobcenter prüft die Voraussetzungen und sucht mit Ihnen einen passenden Arbeitgeber.",
      costs: "Kostenlos.",
      keywords:
        "Teilhabe am Arbeitsmarkt, sozialer Arbeitsmarkt, Lohnkostenzuschuss, Langzeitarbeitslose, geförderte Beschäftigung",
      easyLanguage: easy(
        "Sie bekommen schon sehr lange Bürgergeld.",
        "Sie möchten wieder richtig arbeiten.",
        "Das Jobcenter bezahlt Ihren Lohn am Anfang mit.",
        "So bekommen Sie leichter eine Arbeit.",
        "Ein Coach hilft Ihnen dabei.",
      ),
    },
    i18n: {
      en: {
        title: "Participation in the labour market (§ 16i SGB II)",
        summary:
          "A job with wages and social insurance for people who have received Bürgergeld for a very long time – wages are subsidised for up to five years, with coaching.",
        keywords: "social labour market, wage subsidy, long-term unemployed, subsidised employment",
      },
      tr: {
        title: "İşgücü piyasasına katılım (§ 16i SGB II)",
        summary:
          "Çok uzun süredir vatandaşlık parası alan kişiler için ücretli ve sosyal sigortalı bir iş – ücret beş yıla kadar desteklenir, koçluk eşliğinde.",
        keywords: "sosyal iş piyasası, ücret desteği, uzun süreli işsiz, desteklenen istihdam",
      },
      ar: {
        title: "المشاركة في سوق العمل (§ 16i SGB II)",
        summary:
          "وظيفة بأجر وتأمين اجتماعي للأشخاص الذين يحصلون على Bürgergeld منذ فترة طويلة جدًا – يُدعم الأجر حتى خمس سنوات مع تدريب مرافق.",
        keywords: "سوق العمل الاجتماعي, دعم الأجور, عاطل عن العمل لفترة طويلة, توظيف مدعوم",
      },
      uk: {
        title: "Участь у ринку праці (§ 16i SGB II)",
        summary:
          "Робоче місце із зарплатою та соціальним страхуванням для людей, які дуже довго отримують Bürgergeld – зарплату субсидують до п'яти років, із супровідним коучингом.",
        keywords:
          "соціальний ринок праці, субсидія на зарплату, довготривале безробіття, субсидована зайнятість",
      },
      ru: {
        title: "Участие в рынке труда (§ 16i SGB II)",
        summary:
          "Рабочее место с зарплатой и социальным страхованием для людей, которые очень долго получают Bürgergeld – зарплата субсидируется до пяти лет, с сопровождающим коучингом.",
        keywords:
          "социальный рынок труда, субсидия на зарплату, длительная безработица, субсидируемая занятость",
      },
      pl: {
        title: "Uczestnictwo w rynku pracy (§ 16i SGB II)",
        summary:
          "Praca z wynagrodzeniem i ubezpieczeniem społecznym dla osób, które bardzo długo pobierają Bürgergeld – wynagrodzenie jest dofinansowywane do pięciu lat, z coachingiem.",
        keywords:
          "socjalny rynek pracy, dopłata do wynagrodzenia, długotrwale bezrobotni, zatrudnienie subsydiowane",
      },
    },
  },
  {
    hsdsId: "eb8baffd-9a5c-408c-9eda-17ed7ef2568b",
    slug: "eingliederung-langzeitarbeitsloser",
    legalBasis: "§ 16e SGB II",
    org: "jobcenter",
    keywords: "§ 16e SGB II, EvL",
    categories: ["work-training"],
    lifeSituations: ["lost-job"],
    documents: ["cv", "benefit-notice"],
    channels: [JOBCENTER_PHONE],
    locations: [{ office: "jobcenter", languages: "de,en,tr,ar" }],
    de: {
      title: "Eingliederung von Langzeitarbeitslosen (§ 16e SGB II)",
      summary:
        "Ein Lohnkostenzuschuss für zwei Jahre, wenn ein Arbeitgeber Sie nach mindestens zwei Jahren Arbeitslosigkeit einstellt – mit Coaching.",
      description: paras(
        "Stellt ein Arbeitgeber eine Person ein, die mindestens zwei Jahre arbeitslos war, kann das Jobcenter zwei Jahre lang einen Zuschuss zum Lohn zahlen: im ersten Jahr 75 %, im zweiten Jahr 50 %.",
        "Das Arbeitsverhältnis ist sozialversicherungspflichtig und wird für mindestens zwei Jahre geschlossen; ein Coaching begleitet Sie.",
      ),
      eligibility: list(
        "Sie sind seit mindestens zwei Jahren arbeitslos.",
        "Sie bekommen Bürgergeld.",
        "Ein Arbeitgeber will Sie für mindestens zwei Jahre sozialversicherungspflichtig beschäftigen.",
      ),
      benefits: list(
        "Lohnkostenzuschuss an den Arbeitgeber: 75 % im ersten und 50 % im zweiten Jahr",
        "Ganzheitliches Coaching, auch in den ersten Monaten der Beschäftigung",
      ),
      howToApply:
        "Sprechen Sie Ihre Ansprechperson im Jobcenter an. Den Zuschuss beantragt der Arbeitgeber vor Beginn der Beschäftigung.",
      costs: "Kostenlos.",
      keywords:
        "Eingliederung von Langzeitarbeitslosen, Lohnkostenzuschuss, Arbeitgeberzuschuss, langzeitarbeitslos",
      easyLanguage: easy(
        "Sie sind schon länger als 2 Jahre ohne Arbeit.",
        "Eine Firma möchte Sie einstellen.",
        "Dann bezahlt das Jobcenter einen Teil von Ihrem Lohn.",
        "Das Geld bekommt die Firma.",
        "Ein Coach hilft Ihnen am Anfang.",
      ),
    },
    i18n: {
      en: {
        title: "Integration of the long-term unemployed (§ 16e SGB II)",
        summary:
          "A two-year wage subsidy if an employer hires you after at least two years of unemployment – with coaching.",
        keywords: "wage subsidy, long-term unemployed, employer subsidy, back to work",
      },
      tr: {
        title: "Uzun süreli işsizlerin istihdama katılımı (§ 16e SGB II)",
        summary:
          "En az iki yıl işsiz kaldıktan sonra bir işveren sizi işe alırsa iki yıllık ücret desteği – koçluk eşliğinde.",
        keywords: "ücret desteği, uzun süreli işsiz, işveren desteği, işe dönüş",
      },
      ar: {
        title: "دمج العاطلين عن العمل لفترة طويلة (§ 16e SGB II)",
        summary:
          "دعم للأجر لمدة سنتين إذا وظّفك صاحب عمل بعد سنتين على الأقل من البطالة – مع تدريب مرافق.",
        keywords: "دعم الأجور, بطالة طويلة الأمد, دعم صاحب العمل, العودة إلى العمل",
      },
      uk: {
        title: "Інтеграція довготривало безробітних (§ 16e SGB II)",
        summary:
          "Субсидія на зарплату протягом двох років, якщо роботодавець наймає Вас після щонайменше двох років безробіття – із коучингом.",
        keywords:
          "субсидія на зарплату, довготривале безробіття, допомога роботодавцю, повернення до роботи",
      },
      ru: {
        title: "Интеграция длительно безработных (§ 16e SGB II)",
        summary:
          "Субсидия на зарплату в течение двух лет, если работодатель нанимает Вас после как минимум двух лет безработицы – с коучингом.",
        keywords:
          "субсидия на зарплату, длительная безработица, помощь работодателю, возвращение к работе",
      },
      pl: {
        title: "Integracja długotrwale bezrobotnych (§ 16e SGB II)",
        summary:
          "Dwuletnia dopłata do wynagrodzenia, jeśli pracodawca zatrudni Państwa po co najmniej dwóch latach bezrobocia – z coachingiem.",
        keywords:
          "dopłata do wynagrodzenia, długotrwale bezrobotni, dofinansowanie dla pracodawcy, powrót do pracy",
      },
    },
  },
  {
    hsdsId: "237351c8-f7f9-4421-a005-116f45ba5743",
    slug: "ganzheitliche-betreuung",
    legalBasis: "§ 16k SGB II",
    org: "jobcenter",
    keywords: "§ 16k SGB II, Coaching",
    categories: ["work-training", "counselling"],
    lifeSituations: ["addiction-mental-health", "lost-job", "single-parent"],
    documents: ["benefit-notice"],
    channels: [JOBCENTER_PHONE],
    locations: [
      { office: "mitte", languages: "de,tr,en,uk,ru" },
      { office: "nord", languages: "de,ar,en" },
    ],
    de: {
      title: "Ganzheitliche Betreuung (Coaching nach § 16k SGB II)",
      summary:
        "Ein persönlicher Coach begleitet Sie über längere Zeit – bei allem, was Ihnen gerade den Weg in Arbeit schwer macht.",
      description: paras(
        "Manchmal stehen viele Dinge gleichzeitig im Weg: Gesundheit, Familie, Schulden, Wohnung, fehlende Tagesstruktur. Beim ganzheitlichen Coaching begleitet Sie eine Fachkraft über mehrere Monate, auf Wunsch auch bei Ihnen zu Hause oder im Stadtteil.",
        "Gemeinsam klären Sie, was Sie stärkt, und gehen die Hindernisse Schritt für Schritt an. Das Coaching kann auch nach dem Start in eine neue Arbeit weiterlaufen.",
      ),
      eligibility: list(
        "Sie bekommen Bürgergeld und sind erwerbsfähig.",
        "Mehrere Schwierigkeiten erschweren es Ihnen, eine Arbeit aufzunehmen.",
      ),
      benefits: list(
        "Persönliches Coaching über mehrere Monate, auch zu Hause oder im Stadtteil",
        "Unterstützung bei Alltag, Behörden, Gesundheit und Familie",
        "Begleitung in den ersten Monaten einer neuen Arbeit",
      ),
      howToApply:
        "Sprechen Sie Ihre Fallmanagerin oder Ihren Fallmanager an; das Coaching wird im Kooperationsplan vereinbart.",
      costs: "Kostenlos.",
      keywords:
        "Coaching, ganzheitliche Betreuung, Begleitung, Stabilisierung, aufsuchende Beratung, Tagesstruktur",
      easyLanguage: easy(
        "Sie haben gerade viele Probleme gleichzeitig.",
        "Deshalb ist es schwer, eine Arbeit zu finden.",
        "Ein Coach hilft Ihnen.",
        "Der Coach kommt auch zu Ihnen nach Hause.",
        "Zusammen lösen Sie ein Problem nach dem anderen.",
      ),
    },
    i18n: {
      en: {
        title: "Holistic support (coaching under § 16k SGB II)",
        summary:
          "A personal coach supports you over a longer period – with everything that currently makes it hard to get into work.",
        keywords: "coaching, holistic support, personal support, home visits, stabilisation",
      },
      tr: {
        title: "Bütüncül destek (§ 16k SGB II koçluğu)",
        summary:
          "Kişisel bir koç, işe girmenizi şu an zorlaştıran her konuda size uzun süre eşlik eder.",
        keywords: "koçluk, bütüncül destek, kişisel destek, ev ziyareti",
      },
      ar: {
        title: "الرعاية الشاملة (تدريب شخصي وفق § 16k SGB II)",
        summary: "مدرّب شخصي يرافقك لفترة أطول – في كل ما يصعّب عليك حاليًا الوصول إلى العمل.",
        keywords: "تدريب شخصي, رعاية شاملة, دعم شخصي, زيارات منزلية",
      },
      uk: {
        title: "Комплексний супровід (коучинг за § 16k SGB II)",
        summary:
          "Особистий коуч тривалий час супроводжує Вас – у всьому, що зараз заважає Вам знайти роботу.",
        keywords: "коучинг, комплексний супровід, особиста підтримка, візити додому",
      },
      ru: {
        title: "Комплексное сопровождение (коучинг по § 16k SGB II)",
        summary:
          "Личный коуч долгое время сопровождает Вас – во всём, что сейчас мешает Вам выйти на работу.",
        keywords: "коучинг, комплексное сопровождение, личная поддержка, визиты на дом",
      },
      pl: {
        title: "Kompleksowe wsparcie (coaching wg § 16k SGB II)",
        summary:
          "Osobisty coach towarzyszy Państwu przez dłuższy czas – we wszystkim, co teraz utrudnia podjęcie pracy.",
        keywords: "coaching, kompleksowe wsparcie, wsparcie osobiste, wizyty domowe",
      },
    },
  },
];
