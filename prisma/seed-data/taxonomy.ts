// The two taxonomies of the directory: categories (what kind of help) and life
// situations (what happened to me), each in all seven languages.
import type { TermSeed } from "./types";

export const CATEGORIES: TermSeed[] = [
  {
    hsdsId: "146c6bf3-51ba-4e8c-b598-4acdf62dbd71",
    slug: "money-for-living",
    text: {
      de: {
        title: "Geld zum Leben",
        description: "Hilfe, wenn das Geld für Essen, Kleidung, Miete und Strom nicht reicht.",
      },
      en: {
        title: "Money to live on",
        description: "Help when there is not enough money for food, clothes, rent and electricity.",
      },
      tr: {
        title: "Geçim için para",
        description: "Yiyecek, giyecek, kira ve elektrik için para yetmediğinde yardım.",
      },
      ar: {
        title: "مال للمعيشة",
        description: "مساعدة عندما لا يكفي المال للطعام والملابس والإيجار والكهرباء.",
      },
      uk: {
        title: "Гроші на життя",
        description: "Допомога, коли грошей не вистачає на їжу, одяг, оренду й електрику.",
      },
      ru: {
        title: "Деньги на жизнь",
        description: "Помощь, когда денег не хватает на еду, одежду, аренду и электричество.",
      },
      pl: {
        title: "Pieniądze na życie",
        description: "Pomoc, gdy brakuje pieniędzy na jedzenie, ubrania, czynsz i prąd.",
      },
    },
  },
  {
    hsdsId: "5f30a19b-7a9d-49db-ae1b-e7f0fecf2880",
    slug: "housing",
    text: {
      de: {
        title: "Wohnen",
        description:
          "Zuschuss zur Miete, Hilfe bei Mietschulden und wenn die Wohnung verloren geht.",
      },
      en: {
        title: "Housing",
        description: "Help with the rent, with rent arrears and when you lose your home.",
      },
      tr: {
        title: "Konut",
        description: "Kira yardımı, kira borçlarında ve evini kaybettiğinde yardım.",
      },
      ar: {
        title: "السكن",
        description: "دعم الإيجار، ومساعدة في ديون الإيجار وعند فقدان المسكن.",
      },
      uk: {
        title: "Житло",
        description: "Допомога з орендою, з боргами за оренду та в разі втрати житла.",
      },
      ru: {
        title: "Жильё",
        description: "Помощь с арендной платой, с долгами за жильё и при потере жилья.",
      },
      pl: {
        title: "Mieszkanie",
        description:
          "Dopłata do czynszu, pomoc przy zaległościach czynszowych i utracie mieszkania.",
      },
    },
  },
  {
    hsdsId: "e214571f-5da6-480a-a332-1642d21d75dc",
    slug: "family-children",
    text: {
      de: {
        title: "Familie und Kinder",
        description: "Geld und Unterstützung für Eltern, Kinder und Jugendliche.",
      },
      en: {
        title: "Family and children",
        description: "Money and support for parents, children and young people.",
      },
      tr: {
        title: "Aile ve çocuklar",
        description: "Ebeveynler, çocuklar ve gençler için para ve destek.",
      },
      ar: { title: "الأسرة والأطفال", description: "مال ودعم للوالدين والأطفال والشباب." },
      uk: { title: "Сім'я і діти", description: "Гроші та підтримка для батьків, дітей і молоді." },
      ru: {
        title: "Семья и дети",
        description: "Деньги и поддержка для родителей, детей и подростков.",
      },
      pl: {
        title: "Rodzina i dzieci",
        description: "Pieniądze i wsparcie dla rodziców, dzieci i młodzieży.",
      },
    },
  },
  {
    hsdsId: "851f70bb-b65d-430e-8616-f2f40ee3d829",
    slug: "work-training",
    text: {
      de: {
        title: "Arbeit und Weiterbildung",
        description: "Eine Arbeit finden, sich weiterbilden, einen Abschluss machen.",
      },
      en: {
        title: "Work and training",
        description: "Find a job, get further training, gain a qualification.",
      },
      tr: {
        title: "İş ve eğitim",
        description: "İş bulmak, kendini geliştirmek, bir diploma almak.",
      },
      ar: {
        title: "العمل والتدريب",
        description: "إيجاد عمل، والتدريب المهني، والحصول على شهادة.",
      },
      uk: {
        title: "Робота і навчання",
        description: "Знайти роботу, підвищити кваліфікацію, здобути професію.",
      },
      ru: {
        title: "Работа и обучение",
        description: "Найти работу, повысить квалификацию, получить профессию.",
      },
      pl: {
        title: "Praca i szkolenia",
        description: "Znaleźć pracę, dokształcić się, zdobyć kwalifikacje.",
      },
    },
  },
  {
    hsdsId: "94afdec7-8693-45e6-b78d-f2d2cb0b923b",
    slug: "counselling",
    text: {
      de: {
        title: "Beratung",
        description:
          "Kostenlose Beratung bei Schulden, Sucht, seelischen Belastungen und in schwierigen Lebenslagen.",
      },
      en: {
        title: "Counselling",
        description:
          "Free counselling for debts, addiction, mental strain and difficult situations.",
      },
      tr: {
        title: "Danışmanlık",
        description: "Borç, bağımlılık, ruhsal sıkıntı ve zor durumlarda ücretsiz danışmanlık.",
      },
      ar: {
        title: "الاستشارة",
        description: "استشارة مجانية في الديون والإدمان والضغوط النفسية والظروف الصعبة.",
      },
      uk: {
        title: "Консультації",
        description:
          "Безкоштовні консультації щодо боргів, залежності, психічного навантаження та складних ситуацій.",
      },
      ru: {
        title: "Консультации",
        description:
          "Бесплатные консультации при долгах, зависимости, психических нагрузках и в трудных ситуациях.",
      },
      pl: {
        title: "Poradnictwo",
        description:
          "Bezpłatne porady przy długach, uzależnieniach, obciążeniach psychicznych i w trudnych sytuacjach.",
      },
    },
  },
  {
    hsdsId: "b668a7ad-5ff3-4559-b651-598f83ada50f",
    slug: "health-care",
    text: {
      de: {
        title: "Gesundheit, Pflege und Behinderung",
        description: "Hilfe bei Pflegebedarf, Krankheit und Behinderung.",
      },
      en: {
        title: "Health, care and disability",
        description: "Help when you need care, are ill or have a disability.",
      },
      tr: {
        title: "Sağlık, bakım ve engellilik",
        description: "Bakım ihtiyacında, hastalıkta ve engellilikte yardım.",
      },
      ar: {
        title: "الصحة والرعاية والإعاقة",
        description: "مساعدة عند الحاجة إلى الرعاية أو المرض أو الإعاقة.",
      },
      uk: {
        title: "Здоров'я, догляд та інвалідність",
        description: "Допомога при потребі в догляді, хворобі та інвалідності.",
      },
      ru: {
        title: "Здоровье, уход и инвалидность",
        description: "Помощь при потребности в уходе, болезни и инвалидности.",
      },
      pl: {
        title: "Zdrowie, opieka i niepełnosprawność",
        description: "Pomoc przy potrzebie opieki, chorobie i niepełnosprawności.",
      },
    },
  },
  {
    hsdsId: "865155ca-54a7-4037-8e5f-c4c076f3b830",
    slug: "migration-language",
    text: {
      de: {
        title: "Zuwanderung und Sprache",
        description: "Deutsch lernen, Beratung für Zugewanderte, Anerkennung von Abschlüssen.",
      },
      en: {
        title: "Migration and language",
        description: "Learn German, advice for newcomers, recognition of qualifications.",
      },
      tr: {
        title: "Göç ve dil",
        description: "Almanca öğrenmek, göçmenler için danışmanlık, diplomaların tanınması.",
      },
      ar: {
        title: "الهجرة واللغة",
        description: "تعلّم الألمانية، واستشارة للقادمين الجدد، والاعتراف بالشهادات.",
      },
      uk: {
        title: "Міграція та мова",
        description: "Вивчення німецької, консультації для новоприбулих, визнання дипломів.",
      },
      ru: {
        title: "Миграция и язык",
        description: "Изучение немецкого, консультации для приезжих, признание дипломов.",
      },
      pl: {
        title: "Migracja i język",
        description: "Nauka niemieckiego, doradztwo dla imigrantów, uznawanie kwalifikacji.",
      },
    },
  },
  {
    hsdsId: "d9861f51-46f9-4f9b-b911-59032b791f7f",
    slug: "discounts-exemptions",
    text: {
      de: {
        title: "Ermäßigungen und Befreiungen",
        description:
          "Günstiger Bus und Bahn, Befreiung vom Rundfunkbeitrag, Vorteile mit dem Sozialpass.",
      },
      en: {
        title: "Discounts and exemptions",
        description:
          "Cheaper public transport, exemption from the broadcasting fee, benefits with the social pass.",
      },
      tr: {
        title: "İndirimler ve muafiyetler",
        description: "Daha ucuz toplu taşıma, yayın ücretinden muafiyet, sosyal kartla avantajlar.",
      },
      ar: {
        title: "التخفيضات والإعفاءات",
        description: "مواصلات عامة أرخص، وإعفاء من رسوم البث، ومزايا بطاقة الضمان الاجتماعي.",
      },
      uk: {
        title: "Знижки та звільнення",
        description:
          "Дешевший проїзд, звільнення від радіотелевізійного збору, пільги із соціальною карткою.",
      },
      ru: {
        title: "Скидки и освобождения",
        description:
          "Дешёвый проезд, освобождение от взноса за радио и ТВ, льготы по социальной карте.",
      },
      pl: {
        title: "Zniżki i zwolnienia",
        description:
          "Tańsza komunikacja, zwolnienie z opłaty abonamentowej, korzyści z kartą socjalną.",
      },
    },
  },
];

export const LIFE_SITUATIONS: TermSeed[] = [
  {
    hsdsId: "411583d2-4ff1-4da1-be51-d44de7cf530f",
    slug: "lost-job",
    text: {
      de: {
        title: "Ich habe meine Arbeit verloren",
        description: "Was Ihnen jetzt zusteht und was Sie schnell tun sollten.",
      },
      en: {
        title: "I have lost my job",
        description: "What you are entitled to now and what you should do quickly.",
      },
      tr: {
        title: "İşimi kaybettim",
        description: "Şimdi hangi haklarınız var ve hemen ne yapmalısınız.",
      },
      ar: { title: "فقدت عملي", description: "ما يحق لك الآن وما يجب أن تفعله بسرعة." },
      uk: {
        title: "Я втратив(ла) роботу",
        description: "На що ви маєте право зараз і що треба зробити швидко.",
      },
      ru: {
        title: "Я потерял(а) работу",
        description: "На что вы имеете право сейчас и что нужно сделать быстро.",
      },
      pl: {
        title: "Straciłem/straciłam pracę",
        description: "Co Ci teraz przysługuje i co trzeba szybko zrobić.",
      },
    },
  },
  {
    hsdsId: "7095e9e1-0b67-40e8-8905-d492e61a4884",
    slug: "cannot-pay-rent",
    text: {
      de: {
        title: "Ich kann meine Miete nicht bezahlen",
        description: "Zuschuss zur Miete und Hilfe, bevor die Wohnung gekündigt wird.",
      },
      en: {
        title: "I cannot pay my rent",
        description: "Help with the rent, and help before your tenancy is terminated.",
      },
      tr: {
        title: "Kiramı ödeyemiyorum",
        description: "Kira yardımı ve ev sözleşmesi feshedilmeden önce yardım.",
      },
      ar: {
        title: "لا أستطيع دفع الإيجار",
        description: "دعم للإيجار ومساعدة قبل إنهاء عقد السكن.",
      },
      uk: {
        title: "Я не можу сплатити оренду",
        description: "Допомога з орендою та підтримка, поки житло ще не розірвали.",
      },
      ru: {
        title: "Я не могу платить за квартиру",
        description: "Помощь с арендой и поддержка до расторжения договора найма.",
      },
      pl: {
        title: "Nie mogę zapłacić czynszu",
        description: "Dopłata do czynszu i pomoc, zanim umowa najmu zostanie wypowiedziana.",
      },
    },
  },
  {
    hsdsId: "aa4b7437-e1de-47a7-a4be-a60eb7178b32",
    slug: "expecting-child",
    text: {
      de: {
        title: "Wir bekommen ein Kind",
        description: "Geld und Unterstützung rund um Schwangerschaft und Geburt.",
      },
      en: {
        title: "We are expecting a child",
        description: "Money and support around pregnancy and birth.",
      },
      tr: {
        title: "Bebek bekliyoruz",
        description: "Hamilelik ve doğum döneminde para ve destek.",
      },
      ar: { title: "ننتظر مولودًا", description: "مال ودعم خلال الحمل والولادة." },
      uk: {
        title: "Ми чекаємо на дитину",
        description: "Гроші та підтримка під час вагітності й після пологів.",
      },
      ru: {
        title: "Мы ждём ребёнка",
        description: "Деньги и поддержка во время беременности и после родов.",
      },
      pl: {
        title: "Spodziewamy się dziecka",
        description: "Pieniądze i wsparcie w czasie ciąży i po porodzie.",
      },
    },
  },
  {
    hsdsId: "f98f2baf-9caf-4e66-a876-eedfcfdbc9a8",
    slug: "debts",
    text: {
      de: {
        title: "Ich habe Schulden",
        description: "Kostenlose Beratung, Schutz Ihres Kontos und ein Weg aus den Schulden.",
      },
      en: {
        title: "I have debts",
        description: "Free advice, protection of your bank account and a way out of debt.",
      },
      tr: {
        title: "Borçlarım var",
        description: "Ücretsiz danışmanlık, hesabınızın korunması ve borçtan kurtulma yolu.",
      },
      ar: {
        title: "عليّ ديون",
        description: "استشارة مجانية، وحماية حسابك البنكي، وطريق للخروج من الديون.",
      },
      uk: {
        title: "У мене борги",
        description: "Безкоштовна консультація, захист рахунку і шлях виходу з боргів.",
      },
      ru: {
        title: "У меня долги",
        description: "Бесплатная консультация, защита счёта и путь выхода из долгов.",
      },
      pl: {
        title: "Mam długi",
        description: "Bezpłatne doradztwo, ochrona konta i wyjście z długów.",
      },
    },
  },
  {
    hsdsId: "360ad63e-6f2d-4c38-a270-682b7bbf064c",
    slug: "caring-for-relative",
    text: {
      de: {
        title: "Ich pflege einen Angehörigen",
        description: "Beratung, Entlastung und Geld, wenn jemand in der Familie Pflege braucht.",
      },
      en: {
        title: "I care for a relative",
        description: "Advice, relief and money when someone in the family needs care.",
      },
      tr: {
        title: "Bir yakınıma bakıyorum",
        description: "Ailede bakıma muhtaç biri olduğunda danışmanlık, destek ve para.",
      },
      ar: {
        title: "أعتني بأحد أقاربي",
        description: "استشارة ودعم ومال عندما يحتاج أحد أفراد الأسرة إلى رعاية.",
      },
      uk: {
        title: "Я доглядаю за родичем",
        description: "Консультації, розвантаження та гроші, коли хтось у сім'ї потребує догляду.",
      },
      ru: {
        title: "Я ухаживаю за родственником",
        description: "Консультации, помощь и деньги, когда кому-то в семье нужен уход.",
      },
      pl: {
        title: "Opiekuję się bliską osobą",
        description: "Porady, odciążenie i pieniądze, gdy ktoś w rodzinie potrzebuje opieki.",
      },
    },
  },
  {
    hsdsId: "be24cd7a-dfd2-49e7-9c9c-825022a26d4b",
    slug: "new-in-germany",
    text: {
      de: {
        title: "Ich bin neu in Deutschland",
        description: "Deutsch lernen, Beratung, Arbeit und Anerkennung Ihres Berufs.",
      },
      en: {
        title: "I am new in Germany",
        description: "Learning German, advice, work and recognition of your profession.",
      },
      tr: {
        title: "Almanya'da yeniyim",
        description: "Almanca öğrenmek, danışmanlık, iş ve mesleğinizin tanınması.",
      },
      ar: {
        title: "أنا جديد في ألمانيا",
        description: "تعلّم الألمانية، والاستشارة، والعمل، والاعتراف بمهنتك.",
      },
      uk: {
        title: "Я нещодавно в Німеччині",
        description: "Вивчення німецької, консультації, робота та визнання вашої професії.",
      },
      ru: {
        title: "Я недавно в Германии",
        description: "Изучение немецкого, консультации, работа и признание вашей профессии.",
      },
      pl: {
        title: "Jestem nowy/nowa w Niemczech",
        description: "Nauka niemieckiego, doradztwo, praca i uznanie zawodu.",
      },
    },
  },
  {
    hsdsId: "62d6d0b7-c1ce-4bc6-aed1-836647d5b410",
    slug: "old-age-reduced-earning-capacity",
    text: {
      de: {
        title: "Im Alter oder bei Erwerbsminderung",
        description: "Wenn die Rente nicht reicht oder Sie nicht mehr arbeiten können.",
      },
      en: {
        title: "Old age or reduced earning capacity",
        description: "When your pension is not enough or you can no longer work.",
      },
      tr: {
        title: "Yaşlılıkta veya çalışma gücü azaldığında",
        description: "Emekli maaşı yetmediğinde veya artık çalışamadığınızda.",
      },
      ar: {
        title: "في الشيخوخة أو عند نقص القدرة على العمل",
        description: "عندما لا يكفي المعاش أو لم تعد قادرًا على العمل.",
      },
      uk: {
        title: "У старшому віці або при втраті працездатності",
        description: "Коли пенсії не вистачає або ви більше не можете працювати.",
      },
      ru: {
        title: "В пожилом возрасте или при утрате трудоспособности",
        description: "Когда пенсии не хватает или вы больше не можете работать.",
      },
      pl: {
        title: "Na starość lub przy ograniczonej zdolności do pracy",
        description: "Gdy emerytura nie wystarcza albo nie możesz już pracować.",
      },
    },
  },
  {
    hsdsId: "780a495c-b4f3-4c43-a256-5d29ad306246",
    slug: "disability",
    text: {
      de: {
        title: "Ich lebe mit einer Behinderung",
        description: "Unterstützung für Teilhabe, Arbeit, Wohnen und Mobilität.",
      },
      en: {
        title: "I live with a disability",
        description: "Support for participation, work, housing and mobility.",
      },
      tr: { title: "Engelliyim", description: "Topluma katılım, iş, konut ve ulaşım için destek." },
      ar: { title: "أعيش مع إعاقة", description: "دعم للمشاركة والعمل والسكن والتنقل." },
      uk: {
        title: "Я живу з інвалідністю",
        description: "Підтримка для участі в житті суспільства, роботи, житла та мобільності.",
      },
      ru: {
        title: "Я живу с инвалидностью",
        description: "Поддержка для участия в жизни общества, работы, жилья и мобильности.",
      },
      pl: {
        title: "Żyję z niepełnosprawnością",
        description: "Wsparcie w uczestnictwie, pracy, mieszkaniu i mobilności.",
      },
    },
  },
  {
    hsdsId: "ab585c7b-d716-4eb6-aef8-d58fe9165d13",
    slug: "addiction-mental-health",
    text: {
      de: {
        title: "Sucht oder seelische Belastung",
        description: "Vertrauliche Beratung und Begleitung – auf Wunsch anonym.",
      },
      en: {
        title: "Addiction or mental strain",
        description: "Confidential counselling and support – anonymous if you wish.",
      },
      tr: {
        title: "Bağımlılık veya ruhsal sıkıntı",
        description: "Gizli danışmanlık ve destek – isterseniz isimsiz.",
      },
      ar: {
        title: "الإدمان أو الضغط النفسي",
        description: "استشارة ومرافقة سرية – دون ذكر الاسم إذا رغبت.",
      },
      uk: {
        title: "Залежність або психічне навантаження",
        description: "Конфіденційні консультації та супровід – за бажанням анонімно.",
      },
      ru: {
        title: "Зависимость или психическая нагрузка",
        description: "Конфиденциальные консультации и сопровождение – по желанию анонимно.",
      },
      pl: {
        title: "Uzależnienie lub obciążenie psychiczne",
        description: "Poufne doradztwo i wsparcie – na życzenie anonimowo.",
      },
    },
  },
  {
    hsdsId: "c005483a-84ac-4101-b9f9-c7c662214243",
    slug: "housing-emergency",
    text: {
      de: {
        title: "Ich habe keine Wohnung mehr",
        description: "Sofort ein Schlafplatz und Hilfe, wieder eine Wohnung zu finden.",
      },
      en: {
        title: "I have no home any more",
        description: "A place to sleep right away and help to find a home again.",
      },
      tr: {
        title: "Artık evim yok",
        description: "Hemen kalacak bir yer ve yeniden ev bulmak için yardım.",
      },
      ar: {
        title: "لم يعد لدي مسكن",
        description: "مكان للنوم فورًا ومساعدة في إيجاد مسكن من جديد.",
      },
      uk: {
        title: "У мене більше немає житла",
        description: "Негайно місце для ночівлі та допомога знову знайти житло.",
      },
      ru: {
        title: "У меня больше нет жилья",
        description: "Сразу место для ночлега и помощь в поиске нового жилья.",
      },
      pl: {
        title: "Nie mam już mieszkania",
        description: "Od razu miejsce do spania i pomoc w znalezieniu mieszkania.",
      },
    },
  },
  {
    hsdsId: "821df68b-9f22-4a2a-acb7-12097c40696b",
    slug: "single-parent",
    text: {
      de: {
        title: "Ich bin alleinerziehend",
        description: "Geld, Kinderbetreuung und Entlastung für Alleinerziehende.",
      },
      en: {
        title: "I am a single parent",
        description: "Money, childcare and relief for single parents.",
      },
      tr: {
        title: "Çocuğumu tek başıma büyütüyorum",
        description: "Tek ebeveynler için para, çocuk bakımı ve destek.",
      },
      ar: { title: "أربي أطفالي وحدي", description: "مال ورعاية للأطفال ودعم للوالدين المنفردين." },
      uk: {
        title: "Я виховую дитину сам(а)",
        description: "Гроші, догляд за дітьми та підтримка для батьків-одинаків.",
      },
      ru: {
        title: "Я воспитываю ребёнка один (одна)",
        description: "Деньги, присмотр за детьми и поддержка для родителей-одиночек.",
      },
      pl: {
        title: "Samotnie wychowuję dziecko",
        description: "Pieniądze, opieka nad dziećmi i wsparcie dla samotnych rodziców.",
      },
    },
  },
  {
    hsdsId: "4c7d8b0c-4ba4-436f-adca-6b6c2e9e1b85",
    slug: "low-income-family",
    text: {
      de: {
        title: "Unser Einkommen reicht nicht für die Familie",
        description: "Zuschüsse für Familien, die arbeiten, aber wenig verdienen.",
      },
      en: {
        title: "Our income is not enough for the family",
        description: "Extra money for families who work but earn little.",
      },
      tr: {
        title: "Gelirimiz aileye yetmiyor",
        description: "Çalışan ama az kazanan aileler için destekler.",
      },
      ar: {
        title: "دخلنا لا يكفي الأسرة",
        description: "دعم مالي للأسر التي تعمل لكن دخلها قليل.",
      },
      uk: {
        title: "Нашого доходу не вистачає на сім'ю",
        description: "Доплати для сімей, які працюють, але заробляють мало.",
      },
      ru: {
        title: "Нашего дохода не хватает на семью",
        description: "Доплаты для семей, которые работают, но зарабатывают мало.",
      },
      pl: {
        title: "Nasze dochody nie wystarczają dla rodziny",
        description: "Dodatki dla rodzin, które pracują, ale zarabiają mało.",
      },
    },
  },
];

export type CategorySlug =
  | "money-for-living"
  | "housing"
  | "family-children"
  | "work-training"
  | "counselling"
  | "health-care"
  | "migration-language"
  | "discounts-exemptions";

export type LifeSituationSlug =
  | "lost-job"
  | "cannot-pay-rent"
  | "expecting-child"
  | "debts"
  | "caring-for-relative"
  | "new-in-germany"
  | "old-age-reduced-earning-capacity"
  | "disability"
  | "addiction-mental-health"
  | "housing-emergency"
  | "single-parent"
  | "low-income-family";
