// Migration and language: courses, counselling, recognition, asylum benefits.
import { easy, list, paras, type ServiceSeed } from "./service-seed";

const MIGRATION_PHONE = {
  kind: "PHONE",
  value: "0221 4710 530",
  label: "Migrationsberatung Musterstadt",
} as const;

export const MIGRATION_SERVICES: ServiceSeed[] = [
  {
    hsdsId: "62ddb268-f891-4cfe-9787-b2dd62df9b4b",
    slug: "integrationskurs",
    legalBasis: "§§ 43, 44, 44a Aufenthaltsgesetz (AufenthG); Integrationskursverordnung (IntV)",
    org: "bamf",
    keywords: "AufenthG, IntV, DTZ, B1, BAMF",
    url: "https://www.bamf.de",
    categories: ["migration-language"],
    lifeSituations: ["new-in-germany"],
    documents: [
      "id-card",
      "residence-permit",
      "course-eligibility",
      "registration",
      "benefit-notice",
    ],
    channels: [
      { kind: "WEB", value: "https://www.bamf.de", label: "Informationen und Kurssuche (BAMF)" },
      { ...MIGRATION_PHONE, label: "Migrationsberatung (Hilfe bei der Anmeldung)" },
    ],
    locations: [
      { office: "migrationsberatung", languages: "de,ar,tr,uk,ru,en" },
      { office: "bildungswerk", languages: "de,en,tr,ar,uk" },
    ],
    de: {
      title: "Integrationskurs",
      summary:
        "Deutsch lernen und das Leben in Deutschland kennenlernen: Sprachkurs bis zum Niveau B1 und Orientierungskurs, gefördert vom BAMF.",
      description: paras(
        "Der allgemeine Integrationskurs besteht aus einem Sprachkurs mit 600 Unterrichtsstunden und einem Orientierungskurs mit 100 Stunden über Rechtsordnung, Geschichte, Kultur und Werte in Deutschland. Er endet mit dem „Deutsch-Test für Zuwanderer“ (Ziel B1) und dem Test „Leben in Deutschland“.",
        "Es gibt besondere Kurse, zum Beispiel für Eltern, für Frauen, für junge Erwachsene, mit Alphabetisierung oder als Intensivkurs. Viele Kursträger bieten Kinderbetreuung während des Kurses an.",
      ),
      eligibility: list(
        "Zugewanderte mit Aufenthaltstitel, die noch nicht ausreichend Deutsch sprechen – zum Teil mit Anspruch, zum Teil mit Verpflichtung durch Ausländerbehörde oder Jobcenter.",
        "Menschen mit einer Aufenthaltserlaubnis nach § 24 AufenthG (z. B. aus der Ukraine) können zugelassen werden.",
        "Auch EU-Bürgerinnen und -Bürger und Deutsche mit Sprachbedarf können beim BAMF die Zulassung beantragen.",
      ),
      benefits: list(
        "Sprachkurs (600 Stunden) und Orientierungskurs (100 Stunden)",
        "Kostenlose Abschlussprüfungen",
        "Fahrkostenzuschuss für Teilnehmende, die vom Kostenbeitrag befreit sind",
        "„Zertifikat Integrationskurs“ bei erfolgreichem Abschluss",
      ),
      howToApply:
        "Mit Ihrer Berechtigung oder Verpflichtung melden Sie sich bei einem Kursträger in Musterstadt an. Die Migrationsberatung hilft Ihnen bei der Suche und beim Antrag auf Zulassung beim BAMF.",
      costs:
        "Ein Eigenanteil je Unterrichtsstunde. Davon befreit sind zum Beispiel Menschen, die Bürgergeld, Sozialhilfe oder Leistungen nach dem AsylbLG bekommen.",
      keywords:
        "Integrationskurs, Deutschkurs, Deutsch lernen, Sprachkurs, B1, Orientierungskurs, Leben in Deutschland, Alphabetisierung",
      easyLanguage: easy(
        "Sie sind neu in Deutschland.",
        "Sie möchten Deutsch lernen.",
        "Im Integrations-Kurs lernen Sie Deutsch.",
        "Sie lernen auch viel über das Leben in Deutschland.",
        "Wenn Sie Bürgergeld bekommen, kostet der Kurs nichts.",
        "Die Migrations-Beratung hilft Ihnen bei der Anmeldung.",
      ),
    },
    i18n: {
      en: {
        title: "Integration course",
        summary:
          "Learn German and get to know life in Germany: a language course up to level B1 and an orientation course, funded by the BAMF.",
        keywords:
          "German course, learn German, language course, B1, orientation course, Life in Germany test",
      },
      tr: {
        title: "Uyum kursu (Integrationskurs)",
        summary:
          "Almanca öğrenin ve Almanya'daki yaşamı tanıyın: B1 seviyesine kadar dil kursu ve oryantasyon kursu, BAMF tarafından desteklenir.",
        keywords:
          "Almanca kursu, Almanca öğrenmek, dil kursu, B1, oryantasyon kursu, Almanya'da yaşam testi",
      },
      ar: {
        title: "دورة الاندماج",
        summary:
          "تعلّم الألمانية وتعرّف على الحياة في ألمانيا: دورة لغة حتى المستوى B1 ودورة توجيه، بتمويل من BAMF.",
        keywords:
          "دورة ألمانية, تعلم الألمانية, دورة لغة, B1, دورة توجيه, اختبار الحياة في ألمانيا",
      },
      uk: {
        title: "Інтеграційний курс",
        summary:
          "Вивчайте німецьку та знайомтеся з життям у Німеччині: мовний курс до рівня B1 і орієнтаційний курс, які фінансує BAMF.",
        keywords:
          "курс німецької, вивчити німецьку, мовний курс, B1, орієнтаційний курс, тест Життя в Німеччині",
      },
      ru: {
        title: "Интеграционный курс",
        summary:
          "Изучайте немецкий и знакомьтесь с жизнью в Германии: языковой курс до уровня B1 и ориентационный курс, которые финансирует BAMF.",
        keywords:
          "курс немецкого, выучить немецкий, языковой курс, B1, ориентационный курс, тест Жизнь в Германии",
      },
      pl: {
        title: "Kurs integracyjny",
        summary:
          "Nauka niemieckiego i poznanie życia w Niemczech: kurs językowy do poziomu B1 i kurs orientacyjny, finansowane przez BAMF.",
        keywords:
          "kurs niemieckiego, nauka niemieckiego, kurs językowy, B1, kurs orientacyjny, test Życie w Niemczech",
      },
    },
  },
  {
    hsdsId: "d227936a-d9b9-45a6-aaba-24e696c5000d",
    slug: "berufssprachkurs",
    legalBasis: "§ 45a Aufenthaltsgesetz; Deutschsprachförderverordnung (DeuFöV)",
    org: "bamf",
    keywords: "DeuFöV, § 45a AufenthG, B2, C1",
    url: "https://www.bamf.de",
    categories: ["migration-language", "work-training"],
    lifeSituations: ["new-in-germany"],
    documents: ["id-card", "residence-permit", "course-eligibility", "certificates-diplomas"],
    channels: [
      { kind: "WEB", value: "https://www.bamf.de" },
      { kind: "PHONE", value: "0221 4710 200", label: "Jobcenter Musterstadt" },
    ],
    locations: [
      { office: "bildungswerk", languages: "de,en,tr,ar,uk" },
      { office: "migrationsberatung", languages: "de,ar,tr,uk,ru,en" },
    ],
    de: {
      title: "Berufssprachkurs (DeuFöV)",
      summary:
        "Deutsch für den Beruf – von B1 bis C1, auch mit Fachsprache, zum Beispiel für Pflege, Lehrkräfte oder Handwerk. Für Arbeitsuchende kostenlos.",
      description: paras(
        "Berufssprachkurse bauen auf dem Integrationskurs auf. Sie verbinden Deutschunterricht mit beruflichen Themen: Bewerbungen, Gespräche mit Kolleginnen, Kollegen und Kundschaft, Fachsprache. Es gibt Basiskurse mit den Zielen B2, C1 und C2 sowie Spezialkurse, etwa für Berufe im Anerkennungsverfahren.",
        "Die Kurse finden in Voll- oder Teilzeit statt, auch berufsbegleitend am Abend oder online.",
      ),
      eligibility: list(
        "Sie sprechen schon Deutsch, meist auf Niveau B1 nach dem Integrationskurs.",
        "Sie sind arbeitsuchend, in Ausbildung, beschäftigt oder im Anerkennungsverfahren.",
        "Die Zulassung gibt es über Jobcenter, Agentur für Arbeit oder das BAMF.",
      ),
      benefits: list(
        "Sprachkurse mit 300 bis 500 Unterrichtsstunden",
        "Prüfung mit Zertifikat",
        "Fahrkostenzuschuss für Teilnehmende ohne Kostenbeitrag",
      ),
      howToApply:
        "Sprechen Sie Ihre Ansprechperson im Jobcenter oder bei der Agentur für Arbeit an. Wenn Sie arbeiten, beantragen Sie die Zulassung direkt beim BAMF; die Migrationsberatung hilft dabei.",
      costs:
        "Kostenlos für Arbeitsuchende und Menschen mit Bürgergeld. Beschäftigte zahlen je nach Einkommen einen Eigenanteil.",
      keywords:
        "Berufssprachkurs, Deutsch für den Beruf, Berufsdeutsch, B2, C1, Fachsprache, Jobdeutsch",
      easyLanguage: easy(
        "Sie sprechen schon etwas Deutsch.",
        "Sie möchten Deutsch für die Arbeit lernen.",
        "Dann gibt es den Berufs-Sprachkurs.",
        "Wenn Sie Arbeit suchen, kostet der Kurs nichts.",
        "Fragen Sie im Jobcenter danach.",
      ),
    },
    i18n: {
      en: {
        title: "Job-related German course (DeuFöV)",
        summary:
          "German for work – from B1 to C1, also with technical language, for example for nursing, teaching or trades. Free for jobseekers.",
        keywords:
          "German for work, professional German, job-related language course, B2, C1, technical language",
      },
      tr: {
        title: "Mesleki Almanca kursu (DeuFöV)",
        summary:
          "İş için Almanca – B1'den C1'e, meslek diliyle birlikte, örneğin bakım, öğretmenlik veya zanaat için. İş arayanlar için ücretsiz.",
        keywords: "mesleki Almanca, iş Almancası, mesleki dil kursu, B2, C1, teknik dil",
      },
      ar: {
        title: "دورة اللغة الألمانية المهنية (DeuFöV)",
        summary:
          "الألمانية للعمل – من B1 إلى C1، مع اللغة التخصصية أيضًا، مثلًا للتمريض أو التدريس أو الحِرف. مجانية للباحثين عن عمل.",
        keywords: "ألمانية للعمل, ألمانية مهنية, دورة لغة مهنية, B2, C1, لغة تخصصية",
      },
      uk: {
        title: "Професійний курс німецької мови (DeuFöV)",
        summary:
          "Німецька для роботи – від B1 до C1, також із фаховою мовою, наприклад для догляду, вчителів чи ремесел. Безкоштовно для тих, хто шукає роботу.",
        keywords:
          "німецька для роботи, професійна німецька, професійний мовний курс, B2, C1, фахова мова, вчитель",
      },
      ru: {
        title: "Профессиональный курс немецкого языка (DeuFöV)",
        summary:
          "Немецкий для работы – от B1 до C1, в том числе с профессиональной лексикой, например для ухода, учителей или ремёсел. Бесплатно для ищущих работу.",
        keywords:
          "немецкий для работы, профессиональный немецкий, профессиональный языковой курс, B2, C1, профессиональная лексика",
      },
      pl: {
        title: "Zawodowy kurs języka niemieckiego (DeuFöV)",
        summary:
          "Niemiecki do pracy – od B1 do C1, także ze słownictwem branżowym, np. dla opieki, nauczycieli czy rzemiosła. Bezpłatny dla szukających pracy.",
        keywords:
          "niemiecki w pracy, niemiecki zawodowy, zawodowy kurs językowy, B2, C1, język branżowy",
      },
    },
  },
  {
    hsdsId: "2f061d4a-ef37-432f-b5a5-6a4371ca9f65",
    slug: "migrationsberatung",
    legalBasis:
      "Bundesprogramme Migrationsberatung für erwachsene Zuwanderer (§ 45 AufenthG) und Jugendmigrationsdienste",
    org: "migrationsberatung",
    keywords: "MBE, JMD, § 45 AufenthG",
    url: "https://migration-musterstadt.example",
    categories: ["migration-language", "counselling"],
    lifeSituations: ["new-in-germany"],
    documents: ["id-card", "residence-permit"],
    channels: [
      MIGRATION_PHONE,
      { kind: "EMAIL", value: "mbe@migration-musterstadt.example" },
      { kind: "IN_PERSON", value: "Kirchplatz 3, 12345 Musterstadt" },
    ],
    locations: [{ office: "migrationsberatung", languages: "de,ar,tr,uk,ru,en" }],
    de: {
      title: "Migrationsberatung für Erwachsene und Jugendmigrationsdienst",
      summary:
        "Kostenlose Beratung in mehreren Sprachen für Zugewanderte: Aufenthalt, Deutschkurse, Arbeit, Wohnen, Familie und Anerkennung von Abschlüssen.",
      description: paras(
        "Die Migrationsberatung für erwachsene Zuwanderer (MBE, über 27 Jahre) und der Jugendmigrationsdienst (JMD, 12 bis 27 Jahre) begleiten Sie in den ersten Jahren in Deutschland. Sie erklären Briefe von Behörden, helfen bei Anträgen, bei der Suche nach einem Deutschkurs und auf dem Weg in Arbeit und Ausbildung.",
        "Die Beratung ist kostenlos, vertraulich und unabhängig vom Aufenthaltsstatus. In Musterstadt beraten wir auf Deutsch, Arabisch, Türkisch, Ukrainisch, Russisch und Englisch; für andere Sprachen organisieren wir Sprachmittlung.",
      ),
      eligibility: list(
        "Zugewanderte über 27 Jahre (MBE) und junge Menschen von 12 bis 27 Jahren (JMD)",
        "Auch EU-Bürgerinnen und -Bürger und Menschen, die schon länger in Deutschland leben",
      ),
      benefits: list(
        "Beratung zu Aufenthalt, Familie, Wohnen, Gesundheit und Arbeit",
        "Hilfe bei Anträgen und Briefen von Behörden",
        "Vermittlung in Integrations- und Berufssprachkurse",
        "Erste Beratung zur Anerkennung ausländischer Abschlüsse",
      ),
      howToApply:
        "Kommen Sie dienstags von 13 bis 16 Uhr in die offene Sprechstunde im Haus der Kulturen oder vereinbaren Sie telefonisch einen Termin.",
      costs: "Kostenlos.",
      keywords:
        "Migrationsberatung, Jugendmigrationsdienst, Zuwanderung, Aufenthalt, Ausländerbehörde, Beratung für Geflüchtete, Flüchtlinge, Ukraine",
      easyLanguage: easy(
        "Sie sind neu in Deutschland.",
        "Sie haben viele Fragen.",
        "Die Migrations-Beratung hilft Ihnen.",
        "Sie erklärt Briefe von Ämtern.",
        "Sie hilft bei Deutsch-Kursen und bei der Arbeits-Suche.",
        "Die Beratung kostet nichts.",
        "Die Beratung gibt es in vielen Sprachen.",
      ),
    },
    i18n: {
      en: {
        title: "Migration counselling for adults and youth migration service",
        summary:
          "Free advice in several languages for newcomers: residence, German courses, work, housing, family and recognition of qualifications.",
        keywords: "migration advice, refugees, residence, immigration office, Ukraine, newcomers",
      },
      tr: {
        title: "Yetişkinler için göç danışmanlığı ve gençlik göç servisi",
        summary:
          "Göçmenler için birçok dilde ücretsiz danışmanlık: oturum, Almanca kursları, iş, konut, aile ve diplomaların tanınması.",
        keywords: "göç danışmanlığı, mülteciler, oturum izni, yabancılar dairesi, yeni gelenler",
      },
      ar: {
        title: "استشارة الهجرة للبالغين وخدمة هجرة الشباب",
        summary:
          "استشارة مجانية بعدة لغات للقادمين الجدد: الإقامة، ودورات الألمانية، والعمل، والسكن، والأسرة، والاعتراف بالشهادات.",
        keywords: "استشارة الهجرة, لاجئون, إقامة, مكتب الأجانب, القادمون الجدد",
      },
      uk: {
        title: "Міграційні консультації для дорослих і молодіжна міграційна служба",
        summary:
          "Безкоштовні консультації кількома мовами для новоприбулих: перебування, курси німецької, робота, житло, сім'я та визнання дипломів.",
        keywords:
          "міграційні консультації, біженці, дозвіл на перебування, відомство у справах іноземців, Україна, новоприбулі, житло",
      },
      ru: {
        title: "Миграционные консультации для взрослых и молодёжная миграционная служба",
        summary:
          "Бесплатные консультации на нескольких языках для приезжих: пребывание, курсы немецкого, работа, жильё, семья и признание дипломов.",
        keywords:
          "миграционные консультации, беженцы, вид на жительство, ведомство по делам иностранцев, Украина, приезжие, жильё",
      },
      pl: {
        title: "Doradztwo migracyjne dla dorosłych i młodzieżowa służba migracyjna",
        summary:
          "Bezpłatne doradztwo w kilku językach dla imigrantów: pobyt, kursy niemieckiego, praca, mieszkanie, rodzina i uznawanie kwalifikacji.",
        keywords: "doradztwo migracyjne, uchodźcy, pobyt, urząd ds. cudzoziemców, imigranci",
      },
    },
  },
  {
    hsdsId: "621cb36a-d5d3-4f3f-b51e-13f1efb7630a",
    slug: "asylbewerberleistungen",
    legalBasis: "Asylbewerberleistungsgesetz (AsylbLG)",
    org: "agency",
    keywords: "AsylbLG, § 2 AsylbLG, § 3 AsylbLG",
    categories: ["money-for-living", "migration-language"],
    lifeSituations: ["new-in-germany"],
    documents: ["residence-permit", "id-card", "bank-statements"],
    channels: [
      { kind: "PHONE", value: "0221 4710 150", label: "Sachgebiet Asylbewerberleistungen" },
      { kind: "IN_PERSON", value: "Rathausplatz 1, 12345 Musterstadt" },
    ],
    locations: [
      { office: "mitte", languages: "de,tr,en,uk,ru" },
      { office: "nord", languages: "de,ar,en" },
    ],
    excludes: ["buergergeld", "wohngeld"],
    de: {
      title: "Leistungen nach dem Asylbewerberleistungsgesetz",
      summary:
        "Geld und Sachleistungen für den Lebensunterhalt, Unterkunft und Gesundheitsversorgung für Asylsuchende und Menschen mit Duldung.",
      description: paras(
        "Asylsuchende, Geduldete und einige andere ausländische Staatsangehörige bekommen in der Regel kein Bürgergeld und keine Sozialhilfe, sondern Leistungen nach dem Asylbewerberleistungsgesetz (AsylbLG). Dazu gehören der notwendige Bedarf (Essen, Kleidung, Körperpflege), ein persönlicher Bedarf, Unterkunft und Heizung sowie Hilfe bei Krankheit, Schwangerschaft und Geburt.",
        "Nach 36 Monaten Aufenthalt ohne wesentliche Unterbrechung gibt es in der Regel höhere Leistungen entsprechend der Sozialhilfe (Analogleistungen).",
        "Ob für Sie das AsylbLG oder das Bürgergeld gilt, hängt von Ihrem Aufenthaltsstatus ab – das gilt auch für Geflüchtete aus der Ukraine. Fragen Sie uns, wir prüfen das für Sie.",
      ),
      eligibility: list(
        "Asylsuchende mit einer Aufenthaltsgestattung",
        "Menschen mit einer Duldung oder einer vollziehbaren Ausreisepflicht",
        "Menschen mit bestimmten Aufenthaltserlaubnissen aus humanitären Gründen",
      ),
      benefits: list(
        "Notwendiger und persönlicher Bedarf als Geld- oder Sachleistung (Höhe nach §§ 3, 3a AsylbLG)",
        "Unterkunft, Heizung und Hausrat",
        "Hilfe bei Krankheit, Schwangerschaft und Geburt",
        "Bildung und Teilhabe für Kinder",
        "Nach 36 Monaten: Leistungen entsprechend der Sozialhilfe",
      ),
      howToApply:
        "Melden Sie sich bei der Sozialagentur im Servicecenter Mitte. Bringen Sie Ihre Aufenthaltspapiere mit. Eine Dolmetscherin oder einen Dolmetscher organisieren wir für Sie.",
      costs: "Kostenlos.",
      keywords:
        "Asylbewerberleistungsgesetz, Asyl, Geflüchtete, Flüchtlinge, Duldung, Aufenthaltsgestattung, Analogleistungen",
      easyLanguage: easy(
        "Sie haben in Deutschland Asyl beantragt.",
        "Oder Sie haben eine Duldung.",
        "Dann bekommen Sie Geld für das Leben.",
        "Sie bekommen auch eine Wohnung oder einen Platz in einer Unterkunft.",
        "Wenn Sie krank sind, bekommen Sie Hilfe.",
        "Melden Sie sich bei der Sozialagentur.",
      ),
    },
    i18n: {
      en: {
        title: "Benefits under the Asylum Seekers' Benefits Act",
        summary:
          "Money and benefits in kind for living costs, accommodation and health care for asylum seekers and people with a toleration permit (Duldung).",
        keywords: "asylum, asylum seekers, refugees, toleration, Duldung, benefits for refugees",
      },
      tr: {
        title: "Sığınmacılara Yardım Yasası kapsamında yardımlar",
        summary:
          "Sığınmacılar ve müsamaha belgesi (Duldung) olan kişiler için geçim, barınma ve sağlık hizmeti için para ve ayni yardım.",
        keywords: "iltica, sığınmacı, mülteci, Duldung, müsamaha belgesi, mülteci yardımı",
      },
      ar: {
        title: "خدمات قانون إعانات طالبي اللجوء",
        summary:
          "مال ومساعدات عينية لتكاليف المعيشة والسكن والرعاية الصحية لطالبي اللجوء والحاصلين على وثيقة التسامح (Duldung).",
        keywords: "لجوء, طالبو اللجوء, لاجئون, دولدونغ, وثيقة تسامح, إعانات اللاجئين",
      },
      uk: {
        title: "Виплати за Законом про допомогу шукачам притулку",
        summary:
          "Гроші й натуральна допомога на життя, житло та медичне обслуговування для шукачів притулку та людей із толеруванням (Duldung).",
        keywords:
          "притулок, шукачі притулку, біженці, Duldung, толерування, допомога біженцям, житло",
      },
      ru: {
        title: "Выплаты по Закону о пособиях для лиц, ищущих убежища",
        summary:
          "Деньги и натуральная помощь на жизнь, жильё и медицинское обслуживание для лиц, ищущих убежища, и людей с отсрочкой депортации (Duldung).",
        keywords:
          "убежище, ищущие убежища, беженцы, Duldung, отсрочка депортации, помощь беженцам, жильё",
      },
      pl: {
        title: "Świadczenia według ustawy o świadczeniach dla osób ubiegających się o azyl",
        summary:
          "Pieniądze i świadczenia rzeczowe na utrzymanie, zakwaterowanie i opiekę zdrowotną dla osób ubiegających się o azyl i osób z pobytem tolerowanym (Duldung).",
        keywords:
          "azyl, osoby ubiegające się o azyl, uchodźcy, Duldung, pobyt tolerowany, świadczenia dla uchodźców",
      },
    },
  },
  {
    hsdsId: "c382caa5-5a63-48f4-a15a-4c6c0e764e4d",
    slug: "anerkennung-berufsabschluss",
    legalBasis:
      "Berufsqualifikationsfeststellungsgesetz des Bundes (BQFG) und BQFG NRW; Fachgesetze der reglementierten Berufe",
    org: "migrationsberatung",
    keywords: "BQFG, Anerkennungsgesetz, Anerkennungszuschuss",
    url: "https://www.anerkennung-in-deutschland.de",
    categories: ["migration-language", "work-training"],
    lifeSituations: ["new-in-germany"],
    documents: ["certificates-diplomas", "cv", "id-card", "residence-permit"],
    channels: [
      {
        kind: "WEB",
        value: "https://www.anerkennung-in-deutschland.de",
        label: "Anerkennungs-Finder",
      },
      MIGRATION_PHONE,
      { kind: "VIDEO", value: "Videoberatung nach Terminvereinbarung", label: "Videoberatung" },
    ],
    locations: [
      { office: "migrationsberatung", languages: "de,ar,tr,uk,ru,en" },
      { office: "mitte", languages: "de,tr,en,uk,ru" },
    ],
    de: {
      title: "Anerkennung ausländischer Berufsabschlüsse",
      summary:
        "Ihr Beruf aus dem Ausland zählt: Lassen Sie Ihren Abschluss anerkennen – für reglementierte Berufe wie Lehrkraft oder Pflegefachkraft ist das Pflicht. Wir beraten Sie und helfen bei den Kosten.",
      description: paras(
        "Bei der Anerkennung prüft eine zuständige Stelle, ob Ihr ausländischer Abschluss einem deutschen Abschluss gleichwertig ist. Für reglementierte Berufe – zum Beispiel Lehrkraft, Ärztin oder Arzt, Pflegefachkraft, Erzieherin oder Erzieher – brauchen Sie die Anerkennung, um in dem Beruf arbeiten zu dürfen. Für andere Berufe ist sie freiwillig, hilft aber bei Bewerbungen.",
        "Werden Unterschiede festgestellt, können Sie sie mit einer Anpassungsqualifizierung oder einer Prüfung ausgleichen. Welche Stelle zuständig ist, hängt vom Beruf und vom Bundesland ab; der Anerkennungs-Finder auf anerkennung-in-deutschland.de nennt sie Ihnen.",
        "Die Migrationsberatung Musterstadt berät Sie kostenlos und hilft bei Übersetzungen und Unterlagen. Jobcenter und Agentur für Arbeit können die Kosten übernehmen; außerdem gibt es einen Anerkennungszuschuss des Bundes.",
      ),
      eligibility: list(
        "Sie haben einen Berufs- oder Hochschulabschluss aus dem Ausland.",
        "Das Verfahren ist unabhängig von Staatsangehörigkeit und Aufenthaltsstatus; Sie können es auch aus dem Ausland beantragen.",
      ),
      benefits: list(
        "Bescheid über die Gleichwertigkeit Ihres Abschlusses",
        "Beratung und Hilfe bei den Unterlagen",
        "Übernahme der Kosten durch Jobcenter oder Agentur für Arbeit möglich",
        "Anpassungsqualifizierungen und Sprachkurse für die Fachsprache",
      ),
      howToApply:
        "Vereinbaren Sie einen Termin bei der Migrationsberatung, vor Ort oder per Video. Wir finden mit Ihnen die zuständige Stelle, prüfen die Unterlagen und klären, wer die Kosten übernimmt. Danach stellen Sie den Antrag bei der zuständigen Stelle.",
      costs:
        "Gebühren der zuständigen Stelle (je nach Beruf meist einige hundert Euro) und Kosten für Übersetzungen; eine Übernahme durch Jobcenter, Agentur für Arbeit oder den Anerkennungszuschuss ist möglich.",
      keywords:
        "Anerkennung, Berufsanerkennung, ausländischer Abschluss, Diplom anerkennen, Zeugnisanerkennung, Gleichwertigkeit, reglementierter Beruf, Lehrerin, Lehrer, Pflegekraft",
      easyLanguage: easy(
        "Sie haben im Ausland einen Beruf gelernt.",
        "Oder Sie haben dort studiert.",
        "Sie möchten in Deutschland in diesem Beruf arbeiten.",
        "Dann können Sie Ihren Abschluss prüfen lassen.",
        "Das heißt Anerkennung.",
        "Die Migrations-Beratung hilft Ihnen dabei.",
      ),
    },
    i18n: {
      en: {
        title: "Recognition of foreign professional qualifications",
        summary:
          "Your profession from abroad counts: have your qualification recognised – for regulated professions such as teacher or nurse it is required. We advise you and help with the costs.",
        keywords:
          "recognition, foreign qualification, diploma recognition, degree recognition, regulated profession, teacher, nurse",
      },
      tr: {
        title: "Yabancı meslek diplomalarının tanınması",
        summary:
          "Yurt dışındaki mesleğiniz önemli: Diplomanızı tanıtın – öğretmenlik veya hemşirelik gibi düzenlenmiş meslekler için bu zorunludur. Size danışmanlık yapar, masraflarda yardımcı oluruz.",
        keywords: "denklik, diploma denkliği, yabancı diploma, meslek tanınması, öğretmen, hemşire",
      },
      ar: {
        title: "الاعتراف بالمؤهلات المهنية الأجنبية",
        summary:
          "مهنتك من الخارج لها قيمة: اطلب الاعتراف بشهادتك – وهذا إلزامي للمهن المنظمة مثل التدريس أو التمريض. نقدم لك الاستشارة ونساعدك في التكاليف.",
        keywords: "معادلة الشهادة, الاعتراف بالشهادة, شهادة أجنبية, مهنة منظمة, معلم, ممرض",
      },
      uk: {
        title: "Визнання іноземних професійних кваліфікацій",
        summary:
          "Ваша професія з-за кордону має значення: подайте документи на визнання диплому – для регульованих професій, як-от учитель чи медсестра, це обов'язково. Ми консультуємо й допомагаємо з витратами.",
        keywords:
          "визнання диплому, визнання освіти, іноземний диплом, нострифікація, регульована професія, вчитель, медсестра",
      },
      ru: {
        title: "Признание иностранных профессиональных квалификаций",
        summary:
          "Ваша профессия из-за рубежа имеет значение: подайте документы на признание диплома – для регулируемых профессий, например учителя или медсестры, это обязательно. Мы консультируем и помогаем с расходами.",
        keywords:
          "признание диплома, признание образования, иностранный диплом, нострификация, регулируемая профессия, учитель, медсестра",
      },
      pl: {
        title: "Uznawanie zagranicznych kwalifikacji zawodowych",
        summary:
          "Państwa zawód zdobyty za granicą się liczy: prosimy złożyć wniosek o uznanie dyplomu – w zawodach regulowanych, np. nauczyciel czy pielęgniarka, jest to obowiązkowe. Doradzamy i pomagamy w kosztach.",
        keywords:
          "uznanie dyplomu, uznanie kwalifikacji, zagraniczny dyplom, nostryfikacja, zawód regulowany, nauczyciel, pielęgniarka",
      },
    },
  },
];
