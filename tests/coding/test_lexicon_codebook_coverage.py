"""The fifth session's code-by-code pass over the CAMEO codebook: common news phrasings reach their code.

The sentences are written for this test (not taken from any gold set). Each uses a verb, phrasal verb or
event noun that had no row before the pass, or one whose row gave a neighbouring code ("criticized" was
disapproval, 110, where the codebook names criticism 111; "relief supplies" were plain aid, 070). The main
event (as the evaluations choose it, ``events.main_event``) must carry the exact code. The negative cases
guard the readings the new rows must not take.
"""

from __future__ import annotations

import pytest
from dwtest import make_article

from dyadwatch.coding import lexicon
from dyadwatch.nlp.events import main_event

pytestmark = pytest.mark.slow

EXACT = [
    # 01 statements; 018 grief and sorrow are empathy
    ("010", "The ministry released a statement about the Iranian ambassador."),
    ("018", "The Indian president expressed grief over the deaths of Nepalese pilgrims."),
    # 01 a measure weighed is considered (014), not imposed
    ("014", "Germany is weighing sanctions against Georgia."),
    # 02 aid and loans applied for
    ("0231", "Pakistan applied for a loan from the International Monetary Fund."),
    ("023", "Nepal applied for aid from India."),
    ("0231", "Egypt turned to Saudi Arabia for loans."),
    # 04 negotiation entered; peace, trade and nuclear talks are negotiation
    ("046", "Israel and Hamas entered negotiations in Cairo."),
    ("046", "The peace talks between Colombia and the rebels resumed in Havana."),
    ("046", "The trade talks between China and the United States resumed in Geneva."),
    # 05 support thrown or lent; normalization as a noun
    ("051", "Japan threw its support behind the Philippine candidate."),
    ("051", "Britain lent its support to the Ukrainian plan."),
    ("050", "The rapprochement between Turkey and Egypt continued."),
    # 07 restored, resumed or rushed aid; rescue teams; arms deliveries
    ("070", "The United States restored aid to the Palestinians."),
    ("071", "The World Bank resumed lending to Afghanistan."),
    ("073", "Turkey sent relief supplies to Syria."),
    ("073", "India rushed relief supplies to Sri Lanka."),
    ("073", "Canada sent firefighters to Australia."),
    ("073", "Japan deployed a rescue team to Turkey."),
    ("073", "China dispatched medical teams to Nepal."),
    ("072", "The German arms deliveries to Ukraine arrived on Monday."),
    # 08 yielding: objections and vetoes dropped, resignations tendered, restrictions and sanctions eased
    ("080", "Turkey dropped its objection to Sweden's NATO membership."),
    ("080", "Hungary lifted its veto on the European aid package for Ukraine."),
    ("0831", "The Italian prime minister tendered his resignation to the president."),
    ("0831", "The Sri Lankan president submitted his resignation."),
    ("081", "China waived visa requirements for French citizens."),
    ("0811", "The Saudi government expanded freedoms for women."),
    ("085", "The United States removed Cuba from its terrorism blacklist."),
    ("085", "Washington took Sudan off the sanctions list."),
    ("085", "The European Union exempted Turkey from the steel tariffs."),
    ("0863", "Israel let in aid convoys to Gaza."),
    ("087", "Russia scaled back its military operations near Kyiv."),
    ("0874", "Washington brought its troops home from Afghanistan."),
    ("0874", "The United States drew down its troops in Iraq."),
    # 11 criticism is 111 in the codebook; phrasal criticism
    ("111", "The Chinese government criticized Japan for the visit."),
    ("111", "Germany spoke out against the Russian invasion of Ukraine."),
    ("111", "China hit back at the United States over Taiwan."),
    ("111", "The Hungarian government faced criticism from the European Union."),
    ("112", "The Israeli army faced accusations from the United Nations."),
    ("111", "The Indian plan met with criticism from Pakistan."),
    # 12 cooperation rejected; an offer rejected is a rejection, not a rejected mediation (126)
    ("121", "Italy rejected cooperation with China on the Belt and Road project."),
    ("120", "Hamas rejected the Israeli offer."),
    ("126", "Hamas rejected the Egyptian mediation."),
    # 06 hands joined; imports boosted
    ("060", "India and Japan joined hands on semiconductor production."),
    ("061", "India boosted oil imports from Russia."),
    # 15 reinforcements and war games
    ("154", "Russia sent reinforcements to the Belarusian border."),
    ("150", "China staged war games around Taiwan."),
    # 16 aid prohibited; retaliation in tariffs
    ("162", "The United States prohibited aid to the Syrian rebels."),
    ("163", "China retaliated with tariffs on American goods."),
    # 17 a ban is an administrative sanction unless it falls on political life
    ("172", "The United States banned Chinese students from its universities."),
    ("1721", "The Egyptian government banned the opposition rally in Cairo."),
    ("1722", "The Thai government banned the opposition party."),
    ("175", "Amnesty International documented the persecution of Uighurs by the Chinese government."),
    # 14 stones thrown at police; 18 militants storming a hotel
    ("145", "Protesters pelted police with stones in Srinagar."),
    ("180", "Militants stormed a hotel in Mogadishu."),
    # 19 attacks beaten back, fended off; forces pushed back; missiles intercepted
    ("190", "Ukrainian forces beat back a Russian assault near Bakhmut."),
    ("190", "Israeli troops fended off an attack by Hezbollah fighters."),
    ("190", "The Iraqi army pushed back Islamic State fighters from Mosul."),
    ("190", "Israel intercepted rockets fired by Hamas."),
    # (session 14) gunmen, not a state's forces: unconventional violence (18), the codebook's reading
    # (session 18, lexicon r2) a president shot dead is assassinated: 186, the codebook's code of 18 for it
    ("186", "Gunmen shot dead the Haitian president."),
    # British -ise spellings
    ("050", "Saudi Arabia normalised relations with Israel."),
    ("1711", "Venezuela nationalised the American oil company."),
    ("154", "The Russian army mobilised its reservists near Finland."),  # CAMEO 154: mobilize armed forces
    # pass 5: rows proposed from missed real-news triggers
    ("150", "Chinese drills near Taiwan alarmed Japan."),  # drills by one side are a show of force
    ("020", "Ukraine's lobbying of the US Congress paid off."),
    ("170", "China punished Australia for its call for an inquiry."),  # punishment by no named means is coercion
    ("080", "The United States handed over control of Bagram air base to the Afghan army."),
    ("050", "The restored relations between Saudi Arabia and Iran surprised analysts."),
    ("050", "The normalised ties between Turkey and Armenia lasted a year."),
    ("050", "The improved relations between Japan and South Korea surprised analysts."),
    # pass 5b: event nouns whose verbs had rows, support and cooperation by their kind, a few verbs
    ("018", "Modi's condolences to the Turkish president were published on Monday."),
    ("051", "Modi sent his congratulations to the new Sri Lankan president."),
    ("040", "The discussions between the Indian and Chinese ministers ended in Delhi."),
    ("0841", "Russia and Ukraine carried out a prisoner swap on Friday."),
    ("0841", "The release of Palestinian prisoners by Israel began on Sunday."),
    ("1711", "The Venezuelan government's confiscation of American oil assets angered Washington."),
    ("1711", "The nationalization of the mines by the Bolivian government angered Canada."),
    ("193", "Two soldiers died in a gunfight with Maoist rebels in Chhattisgarh."),
    ("173", "The Chinese court's imprisonment of the Australian journalist drew criticism."),
    ("141", "Thousands joined a march against the Israeli government in Tel Aviv."),
    ("072", "Iran's military support for Russia worried Ukraine."),
    ("071", "The Japanese financial support for Ukraine grew."),
    ("062", "The military cooperation between Russia and North Korea alarmed Seoul."),
    ("064", "The intelligence cooperation between Britain and the United States deepened."),
    ("087", "Indian and Chinese troops disengaged along the border."),
    ("170", "Russia weaponized gas supplies against Europe."),
    ("100", "The Pakistani army pressurised the Afghan Taliban to act."),
    ("145", "Protesters scuffled with police in Nairobi."),
    ("175", "Kenyan police teargassed protesters in Nairobi."),
    ("057", "The United States rejoined the Paris climate accord."),
    # 03 aid offered or pledged by its kind; 17 martial law; 19 control regained
    ("0332", "The US general offered further military support to Lebanon."),
    ("0331", "Germany pledged economic support to Greece."),
    ("1724", "The junta declared martial law in Bangkok."),
    ("1381", "Iran threatened to close the Strait of Hormuz."),  # a strait closed is a blockade
    ("120", "Hungary blocked the EU aid package for Ukraine."),  # a decision blocked, not a convoy (191)
    ("154", "Russia beefed up its troops near Finland."),
    ("192", "The Iraqi army regained control of Mosul."),
    # pass 6: issues taken and taken up, labour strikes, told to act, drills held
    ("110", "India took issue with the Nepalese map."),
    ("040", "The Kenyan minister took up the matter with his Ugandan counterpart."),
    ("040", "The Japanese prime minister raised the issue with the Chinese president."),
    ("143", "Nurses in Ghana are striking over unpaid wages."),  # workers striking stop work, attack no one
    ("1053", "The Egyptian president told Hamas to release the hostages."),  # told to act: a demand
    ("150", "The Indian army held drills near the Chinese border."),
]

# Readings the new rows must leave alone: the code (or root) must not appear among the sentence's events
NOT_CODED = [
    ("19", "The opposition defeated the government in the parliamentary vote."),  # "defeat" needs armed forces
    ("19", "Britain defeated France in the final."),
    ("0831", "The company announced his resignation from the board of the bank."),  # announcer is not resigner
    ("04", "Peace talks are often difficult."),  # talks with no one named
    ("19", "The Greek coast guard intercepted a boat carrying migrants from Turkey."),  # interception of people
    ("08", "The school waived fees for poor students."),  # fees and requirements are no visa
    ("08", "The bank eased its lending requirements for small businesses."),
    ("08", "The airline removed the passenger from its list."),  # a list is no blacklist
    ("0841", "The release of the report angered China."),  # only people released are a release
    ("04", "The discussion of the budget lasted two hours."),  # a discussion with no one named
    # pass 6: everyday uses of the words of force, aid and drills
    ("15", "The Kenyan school held a fire drill on Monday."),
    ("15", "Japanese offices held earthquake drills."),
    ("15", "The fire drill at the Kenyan school lasted an hour."),
    ("15", "The Brazilian team held a football game in Rio."),
    ("13", "The Kenyan government vowed to fight corruption."),  # a campaign, neither combat nor its threat
    ("19", "The Bank of Japan is fighting inflation."),
    ("19", "India beat Pakistan in the cricket final."),
    ("18", "India beat Pakistan in the cricket final."),
    ("19", "Typhoon Haiyan struck the Philippines."),
    ("07", "The law gave the Nigerian police authority over the prisons."),
    ("07", "The deal gave Russia a foothold in Africa."),
    ("07", "The Turkish company provides services to the Iraqi government."),
    ("10", "Obama told reporters that Iran was not a threat."),  # told something, not told to act
    ("11", "Officials noted the seriousness with which the United States takes the issue."),
]

# The older readings beside the new rows keep their codes
KEPT = [
    ("175", "Police beat the protesters in Tehran."),  # "beat" alone, not "beat back"; protesters beaten: repression
    ("174", "Greek coast guards pushed back migrants to Turkey."),  # migrants turned back, not forces
    ("110", "Mexico pushed back against the American tariffs."),  # pushback on a policy
    ("154", "Russia deployed troops to Belarus."),  # "deploy" alone stays a military deployment
    ("173", "The Greek coast guard intercepted a boat carrying migrants from Turkey."),
    ("1711", "Rebels stormed the parliament in Colombo."),  # a seat of power stormed is seized
    # session 10b: by a crowd it is a violent protest (who acts decides)
    ("145", "Protesters stormed the parliament in Colombo."),
    ("190", "Russian troops stormed the town of Avdiivka."),
    ("110", "The Japanese plan met with opposition from China."),  # opposition is disapproval, not criticism
    ("175", "Police shot dead two protesters in Nairobi."),  # shooting protesters stays repression
    ("062", "The joint drills of South Korea and the United States began on Monday."),  # "joint drill" beats "drill"
    ("163", "China punished Australia with tariffs on wine."),  # punished with tariffs stays a sanction
    ("0831", "The Sri Lankan president handed over power to the army."),  # power, not control, is leadership
    ("0312", "Britain offered military training to Ukraine."),  # training stays training, military or not
    ("087", "Russia halted its military operations near Kyiv."),
    ("191", "Israeli troops blocked the aid convoy to Gaza."),
]


def _doc(analyzer, text: str):
    return analyzer.nlp(analyzer.make_doc(make_article(text)))


@pytest.mark.parametrize(("code", "text"), EXACT + KEPT, ids=[f"{c}-{i}" for i, (c, _) in enumerate(EXACT + KEPT)])
def test_codebook_phrasing_gives_code(analyzer, code, text):
    main = main_event(_doc(analyzer, text))
    assert main is not None, text
    assert main.cameo == code, (text, main.cameo, main.action.text)


@pytest.mark.parametrize(("code", "text"), NOT_CODED, ids=[f"not{c}-{i}" for i, (c, _) in enumerate(NOT_CODED)])
def test_codebook_rows_do_not_overreach(analyzer, code, text):
    events = _doc(analyzer, text)._.dw_events or []
    hits = [(e.cameo, e.action.text) for e in events if e.cameo.startswith(code)]
    assert not hits, (text, hits)


def test_weighed_measure_is_no_event_of_its_own(analyzer):
    """ "Weighing sanctions" considers them: the sanctions noun must not also be coded as imposed (163)."""
    events = _doc(analyzer, "Germany is weighing sanctions against Georgia.")._.dw_events or []
    assert [e.cameo for e in events] == ["014"], [(e.cameo, e.action.text) for e in events]


def test_british_spellings_have_rows():
    """Every -ize verb row has its -ise twin with the same code and requirements, since spaCy lemmatizes
    "normalised" to "normalise" and British and Commonwealth wires write it so."""
    rows = {(p.code, p.pos, p.lemma, p.words, p.objects) for ps in lexicon.patterns().values() for p in ps}
    keep = {"seize", "size", "prize", "capsize"}
    missing = [
        (code, lemma)
        for code, pos, lemma, words, objects in rows
        if pos == "V" and lemma.endswith("ize") and lemma not in keep
        if (code, pos, lemma[:-3] + "ise", words, objects) not in rows
    ]
    assert not missing, missing


def test_hopes_is_a_hope_despite_its_lemma(analyzer):
    """The small model lemmatizes "hopes" as "hop"; frames are looked up by the mended lemma, as rows are:
    what a party hopes to do has not happened."""
    main = main_event(_doc(analyzer, "China hopes to reject the Philippine claims."))
    assert main is not None
    assert main.modality == "hypothetical", (main.cameo, main.modality, main.action.text)


def test_frames_are_looked_up_by_the_mended_lemma():
    """No frame row stands for a lemmatizer slip: "hop" takes no infinitive of its own."""
    assert "hop" not in lexicon.frames()
    assert lexicon.frames()["hope"].effect == "hypothetical"


# Pass 6: a second code-by-code pass, each sentence written for it from the CAMEO codebook's code names (no gold
# sentence and no story read for it). The main event must carry the code, from the source country to the target
# country (first three letters of the actor code; None: no coded target is required).
PASS6 = [
    # 11 what someone is accused of, named by a gerund
    ("Azerbaijan accused Armenia of shelling its positions.", "AZE", "ARM", "1123"),
    ("China accused the American diplomat of spying.", "CHN", "USA", "1125"),
    ("Ukraine accused Russia of torturing prisoners.", "UKR", "RUS", "1122"),
    # 01 statements issued; hopes played down
    ("The Chinese foreign ministry issued a statement on Japan.", "CHN", "JPN", "010"),
    # 02 protection asked for as a deployment of others' troops
    ("Haiti requested the deployment of foreign troops.", "HTI", None, "0234"),
    ("Somalia called for the deployment of African Union troops.", "SOM", "IGO", "0234"),
    # 03 support pledged is diplomatic unless its kind is named
    ("Germany pledged support for Ukraine.", "DEU", "UKR", "032"),
    ("Germany pledged financial support to Ukraine.", "DEU", "UKR", "0331"),
    # 04 a guest received by title
    ("The Egyptian president received the Qatari emir in Cairo.", "EGY", "QAT", "043"),
    # 05 ties patched up; treaties initialed; a pardon; 06 bases and troops hosted; intelligence sharing
    ("Japan and South Korea patched up relations.", "JPN", "KOR", "050"),
    ("Armenia and Azerbaijan initialed a peace treaty.", "ARM", "AZE", "057"),
    ("The pardon of the opposition leader by the Kyrgyz president surprised observers.", "KGZ", "KGZ", "056"),
    ("Poland hosted American troops.", "POL", "USA", "062"),
    ("The intelligence sharing between Britain and the United States continued.", "GBR", "USA", "064"),
    ("Britain approved the extradition of the Indian businessman to India.", "GBR", "IND", "063"),
    # 07 aid by the package, vaccines as medical aid
    ("The Pentagon announced a new weapons package for Ukraine.", "USA", "UKR", "072"),
    ("The International Monetary Fund approved a bailout package for Sri Lanka.", "IGO", "LKA", "071"),
    ("The European Union unveiled an aid package for Morocco.", "IGO", "MAR", "070"),
    ("China airlifted vaccines to Cambodia.", "CHN", "KHM", "073"),
    ("India donated vaccines to Nepal.", "IND", "NPL", "073"),
    # 01, 03 denials and offers of talks as nouns
    ("Russia's denial of the accusations was swift.", "RUS", None, "016"),
    ("The Russian offer of talks with Ukraine surprised Kyiv.", "RUS", "UKR", "036"),
    # 11 barbs and accusations traded; bristling; 12 a proposal nixed; 115 a court ruling appealed
    ("The American and Chinese envoys traded barbs at the United Nations.", "USA", None, "111"),
    ("India and Pakistan traded accusations over the attack.", "IND", None, "112"),
    ("China bristled at the American remarks on Taiwan.", "CHN", "USA", "110"),
    ("The Indian foreign minister nixed the proposal from Pakistan.", "IND", "PAK", "120"),
    ("The Kenyan government appealed the High Court ruling.", "KEN", None, "115"),
    # 13 threatened with force; 14 a labour strike launched (not an attack)
    ("Russia threatened Ukraine with a massive response.", "RUS", "UKR", "130"),  # no force named: 130
    ("Nigerian workers launched a nationwide strike.", "NGA", None, "143"),
    # 15 warships and warplanes: carriers dispatched, shadowing and buzzing
    ("The United States dispatched an aircraft carrier to Israel.", "USA", "ISR", "154"),
    ("Chinese fighter jets buzzed an American surveillance plane over the South China Sea.", "CHN", "USA", "150"),
    ("A Russian warship shadowed the British destroyer in the Black Sea.", "RUS", "GBR", "150"),
    # 16 consuls expelled, lending suspended, agreements shelved
    ("Russia expelled the Japanese consul.", "RUS", "JPN", "161"),
    ("The World Bank suspended lending to Uganda.", "IGO", "UGA", "1621"),
    ("India shelved the trade agreement with the European Union.", "IND", "IGO", "160"),
    # 17 land confiscated, leaders disqualified, protest repressed, hangings
    ("Israeli troops confiscated Palestinian land in the West Bank.", "ISR", "PSE", "1711"),
    ("The Pakistani election commission disqualified the former prime minister.", "PAK", None, "1722"),
    ("Security forces cracked down on protesters in Tehran.", "IRN", "IRN", "175"),
    ("The Iranian crackdown on protesters continued.", "IRN", None, "175"),
    ("Police used water cannon against protesters in Georgia.", "GEO", "GEO", "175"),
    ("The shooting of protesters by Kenyan police drew condemnation.", "KEN", "KEN", "175"),
    ("Iran hanged two protesters.", "IRN", None, "1823"),
    # 19 fire traded, camps raided, refineries hit, strikes launched; 191 a corridor closed
    ("Israeli and Hezbollah forces traded fire on the border.", "ISR", "LBN", "190"),
    ("Israeli troops raided the Jenin refugee camp.", "ISR", "PSE", "190"),
    ("Ukrainian drones hit an oil refinery in Russia.", "UKR", None, "195"),
    ("Israel launched a strike on Hamas positions in Gaza.", "ISR", "PSE", "190"),
    ("Azerbaijan closed the Lachin corridor to Armenian trucks.", "AZE", "ARM", "191"),
    # 08 returns of persons and property keep their codes without the bare "return" row
    ("Russia returned the bodies of Ukrainian soldiers.", "RUS", None, "0841"),
    ("Iran returned the seized ship to Britain.", "IRN", "GBR", "0842"),
    ("Germany returned the looted artworks to Nigeria.", "DEU", "NGA", "0842"),
]

# Everyday uses of the pass-6 words, and an amnesty (which CAMEO's easing-of-dissent codes 0252/0352/1052 do not
# name: those ask for, promise or demand an end to protest): none of these codes may appear
PASS6_NOT_CODED = [
    ("11", "The Kenyan team appealed the referee's decision."),
    ("02", "The company courted investors in London."),
    ("01", "The minister paid his respects to his late mother."),
    ("18", "The museum hung a painting by a Kenyan artist."),
    ("16", "The Kenyan bank shelved plans for a new branch."),
    ("19", "The storm hit an oil refinery in Texas."),
    ("15", "The detective shadowed the suspect for days."),
    ("17", "The seizure of drugs at the Kenyan port was a record."),
    ("05", "The pardon of the turkey is a White House tradition."),
    ("07", "The Kenyan company sent a package to its customers in Uganda."),
    ("19", "The shooting of the film in Kenya ended in May."),
    ("06", "China traded barbs with the United States."),
    ("0252", "The European Union called for an amnesty for Belarusian political prisoners."),
    ("0352", "The Myanmar junta offered an amnesty to the ethnic rebels."),
    ("1052", "Protesters demanded an amnesty for political prisoners from the Cuban government."),
    ("170", "Security forces cracked down on protesters in Tehran."),  # the repression row, not bare coercion
    ("08", "The Kenyan president returned to Nairobi on Sunday."),  # travel, not a return of persons or property
    ("08", "Somali refugees returned to Somalia from Kenya."),
]


@pytest.mark.parametrize(
    ("text", "source", "target", "code"), PASS6, ids=[f"p6-{c}-{i}" for i, (*_, c) in enumerate(PASS6)]
)
def test_pass6_codebook_phrasing(analyzer, text, source, target, code):
    main = main_event(_doc(analyzer, text))
    assert main is not None, text
    got = (
        main.source.code[:3] if main.source and main.source.code else None,
        main.target.code[:3] if main.target and main.target.code else None,
        main.cameo,
    )
    want_target = target if target is not None else got[1]
    assert got == (source, want_target, code), (text, got, main.action.text)


@pytest.mark.parametrize(
    ("code", "text"), PASS6_NOT_CODED, ids=[f"p6not{c}-{i}" for i, (c, _) in enumerate(PASS6_NOT_CODED)]
)
def test_pass6_rows_do_not_overreach(analyzer, code, text):
    events = _doc(analyzer, text)._.dw_events or []
    hits = [(e.cameo, e.action.text) for e in events if e.cameo.startswith(code)]
    assert not hits, (text, hits)


def test_urging_protest_to_end_is_the_easing_of_dissent(analyzer):
    """0252 is an appeal to ease political dissent: strikers urged to end their strike (composed from 082)."""
    main = main_event(_doc(analyzer, "Iran's president urged the striking truckers to end their strike."))
    assert main is not None and main.cameo == "0252", main and (main.cameo, main.action.text)
