package io.newsflow.parser.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.contracts.Speaker;
import io.newsflow.contracts.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StatementExtractorTest {
    private final StatementExtractor extractor = new StatementExtractor();

    @Test
    void attributionAfterBeforeAndInTheMiddleOfAQuote() {
        List<Statement> s = extract("en",
                "“The border talks went well,” Foreign Minister Anna Berg said, “and we will meet again in May.”",
                "Prime Minister Jonas Lund said: “Nobody expected a deal this quickly.”");

        assertEquals(List.of("The border talks went well", "and we will meet again in May.",
                "Nobody expected a deal this quickly."), texts(s));
        assertEquals(List.of("Anna Berg", "Anna Berg", "Jonas Lund"), names(s));
        assertEquals(new Speaker("Anna Berg", "Foreign Minister", null), s.get(0).speaker());
        assertTrue(s.stream().allMatch(x -> x.kind().equals(Statement.DIRECT)));
    }

    @Test
    void reportedSpeechInItsCommonForms() {
        List<Statement> s = extract("en",
                "German Chancellor Olaf Brandt said the coalition would survive the vote.",
                "The budget will be balanced by 2027, he told reporters.",
                "According to Brandt, the deficit fell by a third last year.",
                "Tax revenue rose sharply in the spring, said Maria Costa, a senior economist at the bank.",
                "The finance ministry warned that spending cuts would follow.");

        assertEquals(List.of("the coalition would survive the vote", "The budget will be balanced by 2027",
                "the deficit fell by a third last year", "Tax revenue rose sharply in the spring",
                "spending cuts would follow"), texts(s));
        assertEquals(new Speaker("Olaf Brandt", "Chancellor", "Germany"), s.get(0).speaker());
        assertEquals("Olaf Brandt", s.get(1).speaker().name());
        assertEquals("Olaf Brandt", s.get(2).speaker().name());
        assertEquals(new Speaker("Maria Costa", "senior economist at the bank", null), s.get(3).speaker());
        assertEquals(new Speaker(null, "finance ministry", null), s.get(4).speaker());
    }

    @Test
    void insertedClausesBetweenSpeakerAndVerb() {
        List<Statement> s = extract("en",
                "Mayor Lena Fischer, speaking after the vote, said that the bridge will reopen in March.",
                "Council member David Kim, who voted against the plan, warned that the city was borrowing too much.");

        assertEquals(List.of("Lena Fischer", "David Kim"), names(s));
        assertEquals(List.of("the bridge will reopen in March", "the city was borrowing too much"), texts(s));
    }

    @Test
    void participleFrameGivesTwoStatementsOfOneSpeaker() {
        List<Statement> s = extract("en", "Ukrainian Foreign Minister Olena Marchenko arrived on Monday.",
                "Stressing that the grain corridor must stay open, the Ukrainian minister said that shipments had doubled.");

        assertEquals(List.of("the grain corridor must stay open", "shipments had doubled"), texts(s));
        assertEquals(List.of("stressing", "said"), s.stream().map(Statement::cue).toList());
        assertEquals(List.of("Olena Marchenko", "Olena Marchenko"), names(s));
    }

    @Test
    void actionsScareQuotesAndTitlesAreNotStatements() {
        List<Statement> s = extract("en",
                "The ministers responded to questions from journalists.",
                "They signed the so-called “Trilateral Declaration” in the evening.",
                "The film “Back to the Future” was shown at the festival.");

        assertEquals(List.of(), s);
    }

    @Test
    void aQuoteOverSeveralParagraphsKeepsItsSpeaker() {
        List<Statement> s = extract("en", "Mayor Lena Fischer said: “The bridge will reopen in March.",
                "“Until then, ferries will run every twenty minutes.”");

        assertEquals(List.of("The bridge will reopen in March.", "Until then, ferries will run every twenty minutes."),
                texts(s));
        assertEquals(List.of("Lena Fischer", "Lena Fischer"), names(s));
        assertEquals(1, s.get(1).paragraph());
    }

    @Test
    void offsetsPointIntoTheArticleText() {
        List<String> paragraphs = List.of("Nothing said here.", "Senator Paul Grant said that taxes would fall.");
        Statement s = extractor.extract(paragraphs, "en").get(0);

        assertEquals(s.text(), String.join("\n\n", paragraphs).substring(s.start(), s.end()));
        assertEquals(1, s.paragraph());
    }

    @Test
    void russianQuotesAndReportedSpeech() {
        List<Statement> s = extract("ru",
                "«Мы готовы продолжать переговоры», — заявил министр иностранных дел Сергей Лавров.",
                "По словам Лаврова, следующая встреча пройдет в Баку.",
                "Он также отметил, что сотрудничество расширяется.");

        assertEquals(List.of("Мы готовы продолжать переговоры", "следующая встреча пройдет в Баку",
                "сотрудничество расширяется"), texts(s));
        assertEquals("Сергей Лавров", s.get(0).speaker().name());
        assertEquals("министр иностранных дел", s.get(0).speaker().title());
        assertEquals("Сергей Лавров", s.get(2).speaker().name());
    }

    @Test
    void azerbaijaniReportedSpeech() {
        List<Statement> s = extract("az", "Xarici işlər naziri Ceyhun Bayramov bildirib ki, sülh prosesi davam edir.");

        assertEquals(List.of("sülh prosesi davam edir"), texts(s));
        assertEquals("Ceyhun Bayramov", s.get(0).speaker().name());
    }

    @Test
    void germanFrenchAndSpanishConventions() {
        List<Statement> de = extract("de", "„Wir sind zu Gesprächen bereit“, sagte Gewerkschaftschef Klaus Weber.",
                "Weber betonte, dass der Streik bis Freitag dauern werde.");
        List<Statement> fr = extract("fr", "« Nous ne céderons pas sur les retraites », a déclaré la ministre Claire Dubois.",
                "Selon Dubois, le texte sera voté en juin.");
        List<Statement> es = extract("es", "El ministro Carlos Ruiz dijo que la economía crecerá este año.");

        assertEquals(List.of("Wir sind zu Gesprächen bereit", "der Streik bis Freitag dauern werde"), texts(de));
        assertEquals(List.of("Klaus Weber", "Klaus Weber"), names(de));
        assertEquals(List.of("Nous ne céderons pas sur les retraites", "le texte sera voté en juin"), texts(fr));
        assertEquals(List.of("Claire Dubois", "Claire Dubois"), names(fr));
        assertEquals(List.of("la economía crecerá este año"), texts(es));
        assertEquals(new Speaker("Carlos Ruiz", "ministro", null), es.get(0).speaker());
    }

    @Test
    void verbFinalLanguagesNameTheSpeakerBeforeTheQuote() {
        List<Statement> tr = extract("tr",
                "Dışişleri Bakanı Ahmet Yılmaz, “Bölgede kalıcı barış için çalışmaya devam edeceğiz” dedi.");
        List<Statement> az = extract("az", "Nazir Ceyhun Bayramov “Sülh prosesi uğurla davam edir” deyib.");

        assertEquals(new Speaker("Ahmet Yılmaz", "Dışişleri Bakanı", null), tr.get(0).speaker());
        assertEquals("Bölgede kalıcı barış için çalışmaya devam edeceğiz", tr.get(0).text());
        assertEquals(List.of("Ceyhun Bayramov"), names(az));
    }

    @Test
    void languagesWithoutALexiconGetNoGuesses() {
        assertEquals(List.of(), extract("xx", "Someone said that something happened."));
    }

    @Test
    void aCueWordOpeningASentenceWithNothingBeforeItIsNoStatement() {
        assertEquals(List.of(), extract("en", "After 150 laps, Joey Logano crossed the finish line first to win the event. "
                + "Estimated attendance: 60,000."));
    }

    @Test
    void aVerbInARelativeClauseAboutTheSpeakerGivesWayToTheSentencesOwn() {
        List<Statement> s = extract("en", "Novelist Jo Watson, from Johannesburg, who has written dozens of romance "
                + "books, admitted that it was \"not my vibe\" and had not read the genre before putting pen to paper.");

        assertEquals(List.of("Jo Watson"), names(s));
        assertTrue(s.get(0).text().startsWith("it was \"not my vibe\""));
    }

    @Test
    void whomSomeoneToldIsNoInvertedSubject() {
        List<Statement> s = extract("en", "The G40 figures are cabinet ministers Jonathan Moyo and Saviour Kasukuwere, "
                + "who fled to the compound after their homes were attacked by troops in Tuesday night's coup, the source, "
                + "who said he had spoken to people inside the compound, told Reuters.");

        assertEquals(1, s.size());
        assertEquals(new Speaker(null, "source", null), s.get(0).speaker());
        assertTrue(s.get(0).text().startsWith("The G40 figures"));
    }

    @Test
    void aRoleInThePluralIsSeveralPeopleNotTheOneNamedLast() {
        List<Statement> s = extract("en",
                "Moderator and author Shameez Patel Papathanasiou, from Goodwood, asked why romance was popular but "
                        + "ridiculed. The authors concurred that it was a \"taboo\" genre but that women were owning "
                        + "their \"pleasures\".");

        assertEquals(1, s.size());
        assertEquals(new Speaker(null, "authors", null), s.get(0).speaker());
    }

    @Test
    void aSentenceInBracketsIsASentenceOfItsOwn() {
        List<Statement> s = extract("en", "Remain Co. will probably just sit there, waiting for Alibaba to buy it in a "
                + "tax-free transaction. (Alibaba says it has no plans to do this, but most people do not believe this).");

        assertEquals(List.of("Alibaba"), names(s));
        assertTrue(s.get(0).text().startsWith("it has no plans to do this"));
        assertTrue(!s.get(0).text().endsWith(")"));
    }

    @Test
    void theWritersLetsSayAndANounAfterAQuoteReportNothing() {
        assertEquals(List.of(), extract("en", "First, let’s say what the Yahoo sale is not. It is not a sale of the "
                + "publicly traded company.",
                "Yahoo is not all of the assets or even “substantially all” – the Alibaba shares being left behind in "
                        + "Remain Co. are worth about $28 billion."));
    }

    @Test
    void aCommenterIsATitle() {
        List<Statement> s = extract("en", "Commenter Paul Stoffregen (who was the author of the Heise story above) noted "
                + "that Arduino SRL recently created a fork of the Arduino IDE on GitHub.");

        assertEquals(new Speaker("Paul Stoffregen", "Commenter", null), s.get(0).speaker());
    }

    @Test
    void aSentenceOfSpeechClosingAParagraphIsKeptWithNoSpeakerNamed() {
        List<Statement> s = extract("en", "Raspberry Pi has achieved new heights by being shipped to the International "
                + "Space Station. \"It has become the all-time best-selling computer in the UK\".");

        assertEquals(1, s.size());
        assertEquals(new Speaker(null, null, null), s.get(0).speaker());
        assertEquals("It has become the all-time best-selling computer in the UK", s.get(0).text());
    }

    @Test
    void theEndOfANameGivenInFullIsThatPerson() {
        List<Statement> s = extract("en",
                "Zeev Sharon and Michael Forrest Jones both run hotel start-ups in the US.",
                "\"Minibars almost always lose money, even when they charge $10 for a Diet Coke,” Sharon said.",
                "Forrest Jones made a discovery when he was helping out with the housekeepers. “You know where you almost "
                        + "always find a hand towel? On the floor, next to the bed,” he said.");

        assertEquals(List.of("Zeev Sharon", "Michael Forrest Jones"), names(s));
    }

    @Test
    void aSourceAfterAccordingToEndsWhereWhatItDidBegins() {
        List<Statement> s = extract("en", "But those towels and sheets might not be as clean as they look, according to "
                + "the hotel bosses that responded to an online thread about the things hotel owners don’t want you to know.");

        assertEquals(new Speaker(null, "hotel bosses", null), s.get(0).speaker());
    }

    @Test
    void anOrganisationCalledByItsNameIsWhatItsKindRefersTo() {
        List<Statement> s = extract("en", "The group, called Energy Control, which has being running “harm reduction” "
                        + "programs since 1999, is the first to run such a testing service.",
                "In the post announcing the service, the group promised that “All profits of this service are set aside "
                        + "of maintenance of this project.”");

        assertEquals(List.of("Energy Control"), names(s));
    }

    @Test
    void whenSomethingWasToldIsNoContent() {
        List<Statement> s = extract("en", "“I thought, we are doing this in Spain, why don’t we do an international drug "
                + "testing service?” Caudevilla told me when I visited the other Energy Control lab, in Madrid. Later, via "
                + "email, he elaborated that it was not a hard sell.");

        assertEquals(List.of("I thought, we are doing this in Spain, why don’t we do an international drug testing "
                + "service?", "it was not a hard sell"), texts(s));
    }

    @Test
    void anInfinitiveReportsNothingUnlessItsSubjectGoesOnSpeaking() {
        assertEquals(List.of(), extract("en", "The Hermetic Order of the Golden Dawn, one of the first organizations of "
                + "its type to fully admit women in addition to men, was founded with its first temple in London in 1888."));
        assertEquals(List.of("his tactics will be worth it"),
                texts(extract("en", "Mr. Trump continues to insist his tactics will be worth it.")));
    }

    @Test
    void aClauseAfterACommaAndAConjunctionIsNoContentOfTheVerbBefore() {
        List<Statement> s = extract("en", "Enter Stuart R. Kaplan, a graduate of the Wharton School of Business in 1955. "
                + "“I’m all yours,”he tells me after a few weeks of missed connections on the phone. Still, when he "
                + "happened upon the booth of the Swiss AG Müller & Cie, he found an odd deck of cards, and he was intrigued.");

        assertEquals(List.of("I’m all yours"), texts(s));
        assertEquals(List.of("Stuart R. Kaplan"), names(s));
    }

    private List<Statement> extract(String language, String... paragraphs) {
        return extractor.extract(List.of(paragraphs), language);
    }

    @Test
    void theNameBeforeAnAppositiveSpeaksNotThePlaceOrEmployerInIt() {
        List<Statement> s = extract("en",
                "Matt Maley, equity strategist at Miller Tabak, says the stock could be a risky bet.",
                "Cheuk Hau-yip, the commander of Kowloon West district, said the rioters had no other option.",
                "Jeff Sanborn, president of Chapter & Verse, a Seattle design agency, said the campaign was meant to raise eyebrows.",
                "Walt Disney Co. executive Kevin Mayer said overwhelming demand led to the problems.");

        assertEquals(List.of("Matt Maley", "Cheuk Hau-yip", "Jeff Sanborn", "Kevin Mayer"), names(s));
    }

    @Test
    void initialsSuffixesAndPossessivesBelongToTheName() {
        List<Statement> s = extract("en",
                "South Dakota’s campaign drew mockery, but Michelle Hege’s response was concern.",
                "“I guess my first reaction was concern,” Hege said.",
                "James P. Kennedy Jr., the U.S. Attorney, said the case highlights the limits of free speech.",
                "“The First Amendment carries responsibilities with it,” Kennedy said in a statement.",
                "White House Press Secretary Stephanie Grisham said the trip was routine.");

        assertEquals(List.of("Michelle Hege", "James P. Kennedy Jr.", "James P. Kennedy Jr.", "Stephanie Grisham"), names(s));
    }

    @Test
    void aParagraphThatIsOnlyAQuoteGoesOnInTheVoiceOfTheQuoteBefore() {
        List<Statement> s = extract("en",
                "“It was a difficult situation for us,” Feliciano Lopez said.",
                "“We needed this win. Now we are in a good position to advance.”",
                "“That’s perfect,” coach Bruce Boudreau said.");

        assertEquals(List.of("It was a difficult situation for us", "We needed this win. Now we are in a good position to advance.",
                "That’s perfect"), texts(s));
        assertEquals(List.of("Feliciano Lopez", "Feliciano Lopez", "Bruce Boudreau"), names(s));
    }

    @Test
    void aTrailingParticipleOfSpeechIsASecondStatementOfTheSameSpeaker() {
        List<Statement> s = extract("en",
                "Australian Prime Minister Scott Morrison said the release was a relief, adding that the family had asked for privacy.",
                "The US welcomed the exchange, saying the hostages had suffered from their ordeal.");

        assertEquals(List.of("the release was a relief", "the family had asked for privacy",
                "the hostages had suffered from their ordeal"), texts(s));
        assertEquals(List.of("Scott Morrison", "Scott Morrison", "US"), names(s));
    }

    @Test
    void anInsertedAccordingToPhraseAttributesTheClauseAroundIt() {
        List<Statement> s = extract("en",
                "The man had, according to Alex Horton of the Washington Post, eaten a wild rabbit before he fell ill.");

        assertEquals(List.of("eaten a wild rabbit before he fell ill"), texts(s));
        assertEquals(List.of("Alex Horton"), names(s));
    }

    @Test
    void passiveSpeechVerbsAndVerbsWithAnObjectAreNotStatements() {
        List<Statement> s = extract("en",
                "The owners were told the candidate would be stopping by.",
                "NASA also added smaller landers to the contract.",
                "Prime Minister Jan Novak conceded defeat shortly after midnight.",
                "Reis added that the aid would reach farmers before the end of the month.",
                "The EU reiterated it still considers all settlement activity illegal.");

        assertEquals(List.of("the aid would reach farmers before the end of the month",
                "it still considers all settlement activity illegal"), texts(s));
    }

    @Test
    void twoSpeechVerbsInOneSentenceGiveTwoStatements() {
        List<Statement> s = extract("en",
                "Disney executive Kevin Mayer said it depends on the cost of the service, but he said that he thinks the number will be between four and six.");

        assertEquals(List.of("it depends on the cost of the service", "he thinks the number will be between four and six"), texts(s));
        assertEquals(List.of("Kevin Mayer", "Kevin Mayer"), names(s));
    }

    @Test
    void aQuoteAfterASpeechParticipleBelongsToTheSentencesSubject() {
        List<Statement> s = extract("en",
                "China’s ambassador Liu Xiaming said that the army could be deployed, warning: “They are already there in the garrison.”");

        assertEquals(List.of("the army could be deployed", "They are already there in the garrison."), texts(s));
        assertEquals(List.of("Liu Xiaming", "Liu Xiaming"), names(s));
    }

    @Test
    void wireCopyClosesAQuoteWithTwoSingleMarks() {
        List<Statement> s = extract("en",
                "“It was an attempt to mislead voters,’’ Will Moy, chief executive of the fact-checking website Full Fact, told the BBC.");

        assertEquals(List.of("It was an attempt to mislead voters"), texts(s));
        assertEquals(List.of("Will Moy"), names(s));
    }

    @Test
    void wordsMayStandBetweenToldReportersAndItsThat() {
        List<Statement> s = extract("en",
                "Interim Police Chief Ed Alvarez told reporters at a news conference that officials began receiving calls at noon.");

        assertEquals(List.of("officials began receiving calls at noon"), texts(s));
        assertEquals(new Speaker("Ed Alvarez", "Interim Police Chief", null), s.get(0).speaker());
    }

    @Test
    void aTimeOrPlaceBeforeTheSubjectIsNoSpeakerAndSomeIsNoName() {
        List<Statement> s = extract("en",
                "In May, NASA’s Administrator Jim Bridenstine said returning to the moon was necessary.",
                "Some said they felt dejected after several attempts.");

        assertEquals(List.of("returning to the moon was necessary", "they felt dejected after several attempts"), texts(s));
        assertEquals("Jim Bridenstine", s.get(0).speaker().name());
        assertEquals(null, s.get(1).speaker().name());
    }

    @Test
    void aCapitalisedCueIsANameAndARefusalOrTheWritersOwnVoiceStatesNothing() {
        List<Statement> s = extract("en",
                "It has tested hiding likes in Italy, Canada, Brazil, New Zealand, and the United States.",
                "It’s unclear what those signals might be, and Instagram declined to say.",
                "I later found that many people, especially teens, opt for more ironic options.",
                "Harper and Buckley found themselves blindsided by the news.");

        assertEquals(List.of(), texts(s));
    }

    @Test
    void whomItWasToldToMayStandBetweenTheCueAndItsContent() {
        List<Statement> s = extract("en",
                "Kym Lino, a spokesperson for Instagram, confirmed to WIRED that the company notifies some users.",
                "Morrison told the Intelligence Committee, “I feared at the time how its disclosure would play.”");

        assertEquals(List.of("the company notifies some users", "I feared at the time how its disclosure would play."),
                texts(s));
        assertEquals(List.of("Kym Lino", "Morrison"), names(s));
    }

    @Test
    void aQuoteAfterAColonBelongsToTheNamedSubjectAndTitlesOfWorksAreNoQuotes() {
        List<Statement> s = extract("en",
                "Filmmaker Charlie McDowell (“The Discovery,” “The One I Love”) took part in the talks.",
                "Jessie Buckley, who phoned in from the set of “Fargo,” had a similar experience: “It was just that"
                        + " immediate feeling of this is the song.”");

        assertEquals(List.of("It was just that immediate feeling of this is the song."), texts(s));
        assertEquals(List.of("Jessie Buckley"), names(s));
    }

    @Test
    void anOrganisationNameRunsOnThroughOfAndForTheButNotPastAPersonsName() {
        List<Statement> s = extract("en",
                "The suspect pleaded guilty, the U.S. Attorney’s Office for the Western District of New York said.",
                "The letter was a fake, Alex Horton of the Washington Post said.");

        assertEquals(List.of("U.S. Attorney’s Office for the Western District of New York", "Alex Horton"), names(s));
    }

    @Test
    void aPronounSkipsThePersonOfTheOtherGender() {
        List<Statement> s = extract("en",
                "“I felt strange as soon as the anesthesia wore off,” actress Mary Steenburgen said.",
                "Steenburgen’s son, filmmaker Charlie McDowell, also remembers it as a trying time. “It sounds insane"
                        + " when I say it out loud,” he said.",
                "Spokeswoman Maria Zakharova met Sergey Lavrov on Monday. “The talks were useful,” he said.");

        assertEquals(List.of("Mary Steenburgen", "Charlie McDowell", "Sergey Lavrov"), names(s));
    }

    @Test
    void aNameAfterAnIntroductoryPhraseIsTheSubject() {
        List<Statement> s = extract("en",
                "“It grabbed me by the heart,” director Tom Harper said of the song by actress Anna Steenburgen.",
                "As it turned out, Steenburgen had spent years writing songs with Lisa Gold. “It was terrifying,”"
                        + " she said.");

        assertEquals(List.of("Tom Harper", "Anna Steenburgen"), names(s));
    }

    @Test
    void anOrganisationNamedOnceIsTheSpeakerOfItsRoleNounAndADatelineIsNoSubject() {
        List<Statement> s = extract("en",
                "BERLIN -- The European Space Agency says putting astronauts into hibernation could shrink spacecraft.",
                "The agency said Monday that its researchers examined a crewed mission to Mars.",
                "WASHINGTON – Two prison officers were charged with falsifying records, stating they had checked on him.");

        assertEquals(List.of("European Space Agency", "European Space Agency"), names(s));
        assertEquals("its researchers examined a crewed mission to Mars", s.get(1).text());
    }

    @Test
    void sourcesTheArticleDoesNotNameAreKeptWithoutAName() {
        List<Statement> s = extract("en",
                "Pollution has shaved 3.2 years from the life expectancies of 660 million people, according to one estimate.",
                "The 55-year-old is the third resident to contract the disease dubbed the Black Death, say officials.",
                "Health bosses said that 28 people were initially quarantined.",
                "Noah Hawley is in final talks to direct it, according to reports from The Wrap and Deadline.");

        assertEquals(4, s.size());
        assertTrue(s.stream().allMatch(x -> x.speaker().name() == null), s.toString());
        assertEquals("The 55-year-old is the third resident to contract the disease dubbed the Black Death", s.get(1).text());
    }

    @Test
    void aRunJoinedByAndToAnEmployerIsPartOfIt() {
        List<Statement> s = extract("en",
                "Dr. Joneigh Khaldun of the Michigan Department of Health and Human Services says the risk continues.");

        assertEquals(List.of("Joneigh Khaldun"), names(s));
    }

    @Test
    void aPassiveCueGivesWayToALaterOneAndANounOrAnOrderIsNoCue() {
        List<Statement> s = extract("en",
                "Investors have been told the shares are likely to be priced at a discount, Reuters reported.",
                "It contradicts his claim in the same interview that the pair were not close.",
                "SoftBank chief Masayoshi Son told WeWork executives to look for new sources of revenue.");

        assertEquals(List.of("Investors have been told the shares are likely to be priced at a discount"), texts(s));
        assertEquals(List.of("Reuters"), names(s));
    }

    @Test
    void aTitledSingleNameIsThePersonLaterAndAReportsPublisherItsSource() {
        List<Statement> s = extract("en",
                "The interview with Prince Andrew aired on Saturday.",
                "Andrew doesn’t remember it. “Going to Pizza Express is an unusual thing for me to do,” he said.",
                "Adam Neumann can still influence the company through its board, according to a new Fast Company report.",
                "Fifty-one percent say that the president should be removed from office.");

        assertEquals(Arrays.asList("Andrew", "Fast Company", null), names(s));
        assertEquals("Edmunds.com", extract("en", "The rate averaged 5.7 percent in October, according to Edmunds.com,"
                + " a California-based automobile data firm.").get(0).speaker().name());
    }

    @Test
    void aCompanyByItsRoleIsTheOrganisationThatLastOpenedASentence() {
        List<Statement> s = extract("en",
                "Nissan says the new Sentra will offer better gas mileage.",
                "Volkswagen is giving us a glimpse into the car of the future with an electric station wagon.",
                "The German automaker says the wagon will be able to go 300 miles on a single charge.");

        assertEquals(List.of("Nissan", "Volkswagen"), names(s));
    }

    @Test
    void anExclaimedQuoteTakesTheSpeakerAfterItAndAnOpeningWordIsNoPartOfAName() {
        List<Statement> s = extract("en",
                "The newest hopeful, Deval Patrick, stopped by. When Patrick walked in, the women turned around as he"
                        + " apologized. “Don’t mind me!” he told them.",
                "In each case, President Trump tied himself to the outcome.",
                "“Governor Bevin has done a wonderful job for the people of Kentucky!” Trump tweeted before Election Day.");

        assertEquals(List.of("Don’t mind me!", "Governor Bevin has done a wonderful job for the people of Kentucky!"),
                texts(s));
        assertEquals(List.of("Deval Patrick", "Trump"), names(s));
    }

    @Test
    void quotesContinuedOrReadAndAParentheticalBeforeThat() {
        List<Statement> s = extract("en",
                "“If you don’t have a big booster, you’re not going to make it,” Tom Stafford said.",
                "“SLS is not being used for what it was designed to do,” he continued.",
                "“Oxy Pure was launched with an aim to improve the quality of the air,” the description on the website"
                        + " reads. According to the website, the name of the bar is ‘Oxy Pure’.",
                "But their executives say, explicitly or by intimation, that the banks are mission-driven.");

        assertEquals(List.of("If you don’t have a big booster, you’re not going to make it",
                "SLS is not being used for what it was designed to do",
                "Oxy Pure was launched with an aim to improve the quality of the air",
                "the name of the bar is ‘Oxy Pure’"), texts(s).subList(0, 4));
        assertEquals(Arrays.asList("Tom Stafford", "Tom Stafford", null, null), names(s).subList(0, 4));
        assertEquals("description on the website", s.get(2).speaker().title());
        assertEquals("the banks are mission-driven", texts(s).get(4));
    }

    @Test
    void aSourceFramedByAs() {
        List<Statement> s = extract("en",
                "As iFixit’s rival Reuters points out in its teardown, the keyboard is virtually identical to the old one.",
                "HP, as Gizmodo very recently explained, is a complex and rare condition.",
                "The mission may now include Europa, as NASA’s scientists have confirmed that they detected water vapour.",
                "As Emily Feng reports for NPR, the first cases came to light last week, when authorities in Beijing"
                        + " announced that two infected individuals sought treatment.");

        assertEquals(List.of("the keyboard is virtually identical to the old one", "is a complex and rare condition",
                "they detected water vapour", "two infected individuals sought treatment"), texts(s));
        assertEquals(Arrays.asList("Reuters", "Gizmodo", null, null), names(s));
        assertEquals("authorities in Beijing", s.get(3).speaker().title());
    }

    @Test
    void subordinateClausesBareClausesAndNounsOfSources() {
        List<Statement> s = extract("en",
                "This comes less than a week after Bloomberg reported WeWork is the subject of an inquiry.",
                "Owen Dempsey, a chest doctor, treated him. Dempsey noted there’s no definitive evidence that steroids help.",
                "Polls show that Trump is almost back to where he was in popularity.",
                "The Santa Fe Animal Shelter announced this week that Sasha the black cat was found in the streets.",
                "The United Nations and European Union stressed the decision would not change the reality.",
                "US President Donald Trump has claimed victory as the Party-controlled House concluded its hearing.");

        assertEquals(List.of("WeWork is the subject of an inquiry", "there’s no definitive evidence that steroids help",
                "Trump is almost back to where he was in popularity", "Sasha the black cat was found in the streets",
                "the decision would not change the reality"), texts(s));
        assertEquals(Arrays.asList("Bloomberg", "Owen Dempsey", null, "Santa Fe Animal Shelter", null), names(s));
        assertEquals("Polls", s.get(2).speaker().title());
    }

    @Test
    void aPostEmbeddedWithItsAuthorsSignature() {
        List<Statement> s = extract("en",
                "A whole lot of people on Twitter pointed it out.",
                "Yes this is real and yes the state spent nearly half a million dollars on it: https://t.co/Nc0nKoXGBP",
                "— Dianna E. Anderson 🏳️‍🌈 (@diannaeanderson) November 18, 2019",
                "I urge all Delhiites to use them whenever needed pic.twitter.com/MYwRz9euaq — Arvind Kejriwal"
                        + " (@ArvindKejriwal) November 1, 2019");

        assertEquals(List.of("Yes this is real and yes the state spent nearly half a million dollars on it",
                "I urge all Delhiites to use them whenever needed"), texts(s));
        assertEquals(List.of("Dianna E. Anderson", "Arvind Kejriwal"), names(s));
        assertTrue(s.stream().allMatch(x -> x.kind().equals(Statement.DIRECT)));
    }

    @Test
    void anOrganisationByItsAbbreviationAndCueWordsThatAreNoVerbs() {
        List<Statement> s = extract("en",
                "Volkswagen’s first electric car is not expected until next year. VW says that it is weighing a"
                        + " production version.",
                "The Associated Press counted the votes. AP said that it stands by the count.",
                "With three confirmed diagnoses, the public is beginning to panic.",
                "Apple admitted to the flawed design and launched a limited repair program.");

        assertEquals(List.of("it is weighing a production version", "it stands by the count"), texts(s));
        assertEquals(List.of("Volkswagen", "Associated Press"), names(s));
    }

    @Test
    void quotesInsideAClauseSignedQuotesSuffixesAndIdioms() {
        List<Statement> s = extract("en",
                "Four doctor appointments failed to find the cause, which was \"extremely distressing,\" wrote Taylor.",
                "“He would’ve been George R.R. Martin.” — Neil Gaiman",
                "Steve Menet, Senior Vice President of Sales for Dräger, Inc., says: “Alarm management is a focus.”",
                "Coach P.J. Fleck said Morgan has made progress this week.",
                "That said, early retirement comes in various shapes and sizes.",
                "One card, a poem called “Winter Solstice, Camelot Station,” won the award.",
                "Ascom announced a new integrated alarm solution with Dräger.");

        assertEquals(List.of("Four doctor appointments failed to find the cause, which was \"extremely distressing,\"",
                "He would’ve been George R.R. Martin.", "Alarm management is a focus.",
                "Morgan has made progress this week"), texts(s));
        assertEquals(List.of("Taylor", "Neil Gaiman", "Steve Menet", "P.J. Fleck"), names(s));
        assertEquals(Statement.INDIRECT, s.get(0).kind());
    }

    @Test
    void aPronounTellsTheGenderANameDoesNot() {
        List<Statement> s = extract("en",
                "The novelist Jo Walton knew the author Mike Ford well.",
                "“You’re only seeing the tenth of the iceberg,” she said.",
                "When his editors would ask him to explain himself more, he’d respond, “I have a horror of being obvious.”");

        assertEquals(List.of("Jo Walton", "Mike Ford"), names(s));
    }

    @Test
    void aQuoteAfterAccordingToIsItsSources() {
        List<Statement> s = extract("en",
                "According to his aunt, Jane Starner, “He was brilliant from the start.” He played chess.",
                "According to the man, the steroids “had a transformative effect within 2 days.”");

        assertEquals(List.of("He was brilliant from the start.",
                "the steroids “had a transformative effect within 2 days.”"), texts(s));
        assertEquals(Arrays.asList("Jane Starner", null), names(s));
        assertEquals("Verge", extract("en", "According to The Verge’s Stadia review, the streaming platform does not run"
                + " Destiny 2 in native 4K.").get(0).speaker().name());
    }

    @Test
    void whoPublishedASourceAndWhereItsAuthoritiesAre() {
        List<Statement> s = extract("en",
                "According to a report in the Argus Leader of Sioux Falls, Gov. Kristi Noem launched the campaign.",
                "Apple plans a new laptop, according to industry sources cited by hit-or-miss Taiwanese publication"
                        + " DigiTimes.",
                "Health authorities in China’s Inner Mongolia have confirmed that a third case has been reported.",
                "Amnesty International documented the protests. At least 106 protesters have been killed, according"
                        + " to credible reports received by Amnesty.");

        assertEquals(Arrays.asList("Argus Leader", "DigiTimes", null, "Amnesty International"), names(s));
        assertEquals("Health authorities in China’s Inner Mongolia", s.get(2).speaker().title());
    }

    @Test
    void aBlockIntroducedByItsSpeakerAndAPossessiveBeforeAName() {
        List<Statement> s = extract("en",
                "The platform does not run the game in native 4K. Google confirmed this in a statement…",
                "When streaming at 4K, we render at a native 1080p and then upsample.",
                "Apple’s Tim Cook said that the phones were safe.",
                "On Monday, the People’s Daily warned that there is “absolutely no room for compromise”.");

        assertEquals(List.of("When streaming at 4K, we render at a native 1080p and then upsample.",
                "the phones were safe", "there is “absolutely no room for compromise”"), texts(s));
        assertEquals(List.of("Google", "Tim Cook", "People’s Daily"), names(s));
        assertEquals(Statement.DIRECT, s.get(0).kind());
    }

    @Test
    void aCueWithoutContentGivesWayToOneInALaterClause() {
        List<Statement> s = extract("en", "He vowed to keep trying, but the BBC's North America editor Jon Sopel said"
                + " the president did not sound very confident.");

        assertEquals(List.of("the president did not sound very confident"), texts(s));
        assertEquals(List.of("Jon Sopel"), names(s));
    }

    @Test
    void anOrganisationByPronounAndByDescription() {
        List<Statement> s = extract("en",
                "The Progress MS-04 cargo craft broke up over the Tuva region, Roscosmos said in a statement. It said"
                        + " most of the debris burnt up in the atmosphere.",
                "The Russian space agency would not describe the malfunction, saying its experts were looking into it.");

        assertEquals(List.of("The Progress MS-04 cargo craft broke up over the Tuva region",
                "most of the debris burnt up in the atmosphere", "its experts were looking into it"), texts(s));
        assertEquals(List.of("Roscosmos", "Roscosmos", "Roscosmos"), names(s));
    }

    @Test
    void namesThatOnlyQualifyTheSourcesNameNoSpeaker() {
        List<Statement> s = extract("en",
                "President Obama plans to sign the order on Friday.",
                "Obama administration officials said that they had briefed the transition team.",
                "Islamist politicians have acknowledged that they did not realize the threat. Ennahda is similar to"
                        + " Egypt’s Islamist Muslim Brotherhood.");

        assertEquals(Arrays.asList(null, null), names(s));
        assertEquals(List.of("Obama administration officials", "Islamist politicians"),
                s.stream().map(x -> x.speaker().title()).toList());
    }

    @Test
    void theNameAfterADescriptionAndAfterAnOwner() {
        List<Statement> s = extract("en",
                "The leader of Ennahda, Rachid Ghannouchi, condemned the attack, saying in a statement that it “will"
                        + " not break our people’s will.”",
                "But, as Parliament’s Joint Committee on Intelligence and Security has pointed out, it would also be"
                        + " used to identify a journalist’s sources.",
                "AS Opposition Leader Bill Shorten said in a letter to Abbott last month: “Press freedom concerns"
                        + " would ideally be addressed in this Bill.”");

        assertEquals(List.of("it “will not break our people’s will.”",
                "it would also be used to identify a journalist’s sources",
                "Press freedom concerns would ideally be addressed in this Bill."), texts(s));
        assertEquals(List.of("Rachid Ghannouchi", "Joint Committee on Intelligence and Security", "Bill Shorten"),
                names(s));
    }

    @Test
    void aListOfWhatTheSpeakerSaidAfterAColon() {
        List<Statement> s = extract("en",
                "In a wide-ranging interview, President Obama also said:",
                "The UK must stay in the EU to have influence on the world stage",
                "He is confident the Iran nuclear deal will be passed by Congress",
                "Mr Obama lands in Kenya later on Friday.");

        assertEquals(List.of("The UK must stay in the EU to have influence on the world stage",
                "He is confident the Iran nuclear deal will be passed by Congress"), texts(s));
        assertEquals(List.of("Obama", "Obama"), names(s));
    }

    @Test
    void anAdjunctWithARelativeClauseAfterTheVerbIsNoContent() {
        List<Statement> s = extract("en", "Lucas Paganini led the study.",
                "And such stripping would likely occur fairly regularly, Paganini and his team wrote in the new paper,"
                        + " which was published online today in the journal Nature Astronomy.");

        assertEquals(List.of("And such stripping would likely occur fairly regularly"), texts(s));
        assertEquals(List.of("Lucas Paganini"), names(s));
    }

    @Test
    void theReportIsItsPublishersAndTheyTheGroupThatSpokeLast() {
        List<Statement> s = extract("en",
                "But a new report released on Monday by Stanford University's Center on Poverty and Inequality calls"
                        + " that into question.",
                "The report concluded that the American safety net was ineffective.",
                "Obama administration officials said that they had briefed the transition team.",
                "They said that Sudan had a long way to go.");

        assertEquals(Arrays.asList("Center on Poverty and Inequality", null, null), names(s));
        assertEquals("Obama administration officials", s.get(2).speaker().title());
    }

    @Test
    void itIsTheOrganisationNamedLastAndHeIsNever() {
        List<Statement> s = extract("en",
                "In a reflection of the confusion, the Electoral Commission, which regulates campaign finances, issued"
                        + " new guidance. Critically, however, it pointed out that it doesn’t have a role in regulating"
                        + " content.",
                "WeWork founder Adam Neumann stepped down. The We Company announced that it was withdrawing its"
                        + " filing. An entity Neumann controlled sold the company the right to use the word “We”, though"
                        + " he later asked the company to unwind the agreement.");

        assertEquals(List.of("it doesn’t have a role in regulating content", "it was withdrawing its filing"),
                texts(s));
        assertEquals(List.of("Electoral Commission", "We Company"), names(s));
    }

    @Test
    void quotesAfterAnAttributionThatFollowsAPhraseOrAClause() {
        List<Statement> s = extract("en",
                "Lotfi Azzouz is a director at Amnesty International.",
                "The attack is “also aimed at the country’s stability,” Azzouz said. “And it could have political"
                        + " repercussions.”",
                "“We must pay attention to what is written” in that law, Azzouz said. “There is worry the government"
                        + " will use the attack.”");

        assertEquals(List.of("The attack is “also aimed at the country’s stability,”",
                "And it could have political repercussions.", "We must pay attention to what is written",
                "There is worry the government will use the attack."), texts(s));
        assertEquals(List.of("Lotfi Azzouz", "Lotfi Azzouz", "Lotfi Azzouz", "Lotfi Azzouz"), names(s));
    }

    @Test
    void aQuoteInsideTheWritersSentenceTakesNoSpeakerFromALaterOne() {
        List<Statement> s = extract("en",
                "Tim Morrison testified on Tuesday.",
                "He begged lawmakers \"not to lose sight of\" the ongoing Ukraine conflict. \"Every day that the focus"
                        + " is on these proceedings is a day when we are not focused on the interests\" of Ukraine, he"
                        + " warned.");

        assertEquals(List.of("Tim Morrison"), names(s));
    }

    @Test
    void aTweetsPublisherAndAnAttributionFollowedOnlyByWhenAndWhere() {
        List<Statement> s = extract("en",
                "The tweet from Vulture magazine reads, “#Hamilton Chicago show interrupted by angry Trump supporter.”",
                "Officials divulged Thursday that the Sudanese government had allowed two visits by American operatives.",
                "Local people reported seeing a flash of light west of Kyzyl, the Tuva government was quoted as saying"
                        + " late Thursday by the Interfax news agency.");

        assertEquals(List.of("#Hamilton Chicago show interrupted by angry Trump supporter.",
                "the Sudanese government had allowed two visits by American operatives",
                "Local people reported seeing a flash of light west of Kyzyl"), texts(s));
        assertEquals(Arrays.asList("Vulture", null, null), names(s));
        assertEquals("Tuva government", s.get(2).speaker().title());
    }

    @Test
    void aClaimWithANameInQuotesOrAnInsertedAttribution() {
        List<Statement> s = extract("en",
                "Robert Mugabe, his wife Grace and two key figures are under house arrest at Mugabe's \"Blue House\""
                        + " compound in Harare, a source said.",
                "Braun has been trying to reach Swift, however the “Bad Blood” songstress allegedly hasn’t been"
                        + " returning his calls, the source further claimed to the outlet.",
                "The combination, say economists, marks a journey into mostly uncharted financial territory.");

        assertEquals(List.of("Robert Mugabe, his wife Grace and two key figures are under house arrest at Mugabe's"
                        + " \"Blue House\" compound in Harare",
                "Braun has been trying to reach Swift, however the “Bad Blood” songstress allegedly hasn’t been"
                        + " returning his calls",
                "marks a journey into mostly uncharted financial territory"), texts(s));
        assertEquals(Arrays.asList(null, null, null), names(s));
    }

    @Test
    void namesWithParticlesSurnamesAfterTitlesAndRelativesWhoShareASurname() {
        List<Statement> s = extract("en",
                "The thaw worried Tasos Georgelis, deputy commissioner at the Department of Environmental Protection.",
                "“When you get a freeze, the ground expands,” Mr. Georgelis said.",
                "Eloise Parry, 21, was taken to hospital. As Eloise deteriorated, the staff did all they could.",
                "“Two tablets was a lethal dose,” her mother, Fiona, said in a statement. Fiona Parry issued a plea.",
                "In the book, the philosopher Luis de Miranda weaves a history of neon. Neon was perfect for signs,"
                        + " de Miranda notes.");

        assertEquals(List.of("Tasos Georgelis", "Fiona Parry", "Luis de Miranda"), names(s));
    }

    @Test
    void aBlockInTheFirstPersonAfterItsSpeakersStatement() {
        List<Statement> s = extract("en",
                "Facebook CEO Mark Zuckerberg testified on Tuesday.",
                "A key Facebook approach is building a long-term relationship with your target, Zuckerberg said at the"
                        + " trial. They take time to cultivate.",
                "I've been building relationships for years with the founders, which made it so that we could move"
                        + " quickly.",
                "It wasn't clear why these strategies didn't work on Snapchat.");

        assertEquals(List.of("A key Facebook approach is building a long-term relationship with your target",
                "I've been building relationships for years with the founders, which made it so that we could move"
                        + " quickly."), texts(s));
        assertEquals(List.of("Mark Zuckerberg", "Mark Zuckerberg"), names(s));
        assertEquals(1, extract("en", "I don't use Facebook.", "Facebook is big, its chief Mark Zuckerberg said.",
                "We should all think about what that means.").size());
    }

    @Test
    void whatTheSpeakerSaidBeforeAVerbThatOthersFollow() {
        List<Statement> s = extract("en",
                "Mark Zuckerberg testified.",
                "These deals don't just pop up over night, he said according to a transcript reviewed by Business"
                        + " Insider.",
                "It also pays to be weary of competing suitors, Zuckerberg said, and be willing to move fast.",
                "SpaceX President Gwynne Shotwell spoke next. She didn’t give a date, but said SpaceX would fly Starship"
                        + " a lot before flying people.",
                "In the midst of the fear, Uber stepped in and tweeted this announcement: “We are all concerned with"
                        + " events in CBD.”");

        assertEquals(List.of("These deals don't just pop up over night", "It also pays to be weary of competing suitors",
                "SpaceX would fly Starship a lot before flying people", "We are all concerned with events in CBD."),
                texts(s));
        assertEquals("Gwynne Shotwell", s.get(2).speaker().name());
        assertEquals("Uber", s.get(3).speaker().name());
    }

    @Test
    void aQuoteSignedBelowAnIdiomAndAClaimBeforeItsInsertedSource() {
        List<Statement> s = extract("en",
                "All told, it’s a neat narrative.",
                "\"Essentially, becoming aware of a decision conforms to the process that completes a decision.\"",
                "Michael Shadlen, Ph.D.",
                "The findings provide unique insights into consciousness, say the researchers, and they bring us closer"
                        + " to the human mind.");

        assertEquals(List.of("Essentially, becoming aware of a decision conforms to the process that completes a decision.",
                "The findings provide unique insights into consciousness"), texts(s));
        assertEquals(Arrays.asList("Michael Shadlen", null), names(s));
    }

    @Test
    void pluralPeopleAsSourcesAndDetailsAfterAnInsertedSource() {
        List<Statement> s = extract("en",
                "But indigenous elders say they aren’t being listened to when they tell the government their whale kin"
                        + " are sick.",
                "November marked the beginning of whale stranding season, according to whale rescue group Project"
                        + " Jonah, with 140 pilot whales beaching and dying on Stewart Island.",
                "Tests showed his lungs could not hold as much air as normal.");

        assertEquals(List.of("they aren’t being listened to when they tell the government their whale kin are sick",
                "November marked the beginning of whale stranding season"), texts(s));
        assertEquals("indigenous elders", s.get(0).speaker().title());
        assertEquals("Project Jonah", s.get(1).speaker().name());
    }

    @Test
    void aPronounBeforeItsNameAParticipleAfterAQuoteAndAfterADash() {
        List<Statement> s = extract("en",
                "Oscar Isaac stars. J.C. Chandor directs.",
                "“Oscar’s character came to the U.S. young,” Chandor said.",
                "Although he said it was “wild” to see himself in the film’s teaser, Isaac stopped short of revealing"
                        + " anything about it.",
                "“I’ve signed away my organs,” he joked, adding that filming the iconic franchise was great.",
                "Hachette had waged a bruising battle with Amazon — claiming the e-tailer was acting as a bully.",
                "Amazon released a separate statement saying, “It allows us to grow our business together.”");

        assertEquals(List.of("Oscar’s character came to the U.S. young", "it was “wild” to see himself in the film’s teaser",
                "I’ve signed away my organs", "filming the iconic franchise was great",
                "the e-tailer was acting as a bully", "It allows us to grow our business together."), texts(s));
        assertEquals(List.of("J.C. Chandor", "Oscar Isaac", "Oscar Isaac", "Oscar Isaac", "Hachette", "Amazon"),
                names(s));
    }

    @Test
    void aTitleBeforeAGivenNameTheSpeakerAfterAClauseAndAnAgencysData() {
        List<Statement> s = extract("en",
                "California State Park Ranger Supervisor Robert Colligan said the attack happened at around 11 a.m.",
                "He was airlifted to a local hospital and a hospital spokesman said Swanson was in fair condition.",
                "Hourly earnings nationwide were up 2.1 percent over the past 12 months, Labor Department data show.",
                "Police are looking into it, the San Francisco Chronicle reported.");

        assertEquals(Arrays.asList("Robert Colligan", null, "Labor Department", "San Francisco Chronicle"), names(s));
        assertEquals("hospital spokesman", s.get(1).speaker().title());
    }

    @Test
    void aQuestionReportsNothingAndATitleWordAfterAGivenNameIsASurname() {
        List<Statement> s = extract("en",
                "What did Suh say after the play?",
                "And why would Caldwell say it wasn't intentional if he hasn't seen it yet?",
                "The NFL is expected to review the play Monday, according to MMQB's Peter King.",
                "King Charles said the crown was heavy.");

        assertEquals(List.of("The NFL is expected to review the play Monday", "the crown was heavy"), texts(s));
        assertEquals(List.of("Peter King", "Charles"), names(s));
    }

    @Test
    void aQuoteThatNewspapersQuoteSomeoneAsSayingByTheFirstOfTwoSurnames() {
        List<Statement> s = extract("en",
                "Guadalupe Salinas Hernández met Nathaly Cartas Leon on Facebook.",
                "“I don’t regret it, I don’t regret,” local newspapers quote Salinas as saying.");

        assertEquals(List.of("I don’t regret it, I don’t regret"), texts(s));
        assertEquals(List.of("Guadalupe Salinas Hernández"), names(s));
    }

    @Test
    void aSurnameThatIsARoleWordAQuoteTheSpeakerAsksAndADemonstrativeSubject() {
        List<Statement> s = extract("en",
                "Psilocybin connects regions that do not talk, said study co-author Paul Expert, a physicist.",
                "Psilocybin dramatically transformed brain organization, Expert said. [Trippy Tales: 8 Hallucinogens]",
                "That suggested the drug was stimulating long-range connections.",
                "“Do you want to listen to Taliban cassette?” Matiullah Matie asks as he steers his car.",
                "In private, U.S. officials admit they don’t know how much they’ve spent on the war.");

        assertEquals(List.of("Psilocybin connects regions that do not talk",
                "Psilocybin dramatically transformed brain organization", "Do you want to listen to Taliban cassette?",
                "they don’t know how much they’ve spent on the war"), texts(s));
        assertEquals(Arrays.asList("Paul Expert", "Paul Expert", "Matiullah Matie", null), names(s));
    }

    @Test
    void whomItWasToldAloneAfterTheVerbATaleToldAndATitleWithASubtitle() {
        List<Statement> s = extract("en",
                "\"He didn't call them zombies,\" said Ozzy Inguanzo, author of \"Zombies on Film: The Definitive Story"
                        + " of Undead Cinema\" (Rizzoli, 2014). But the public did, Inguanzo told Live Science.",
                "Zombies made the leap to American entertainment in 1932, Inguanzo said, with a film called \"White Zombie.\"",
                "Working off the novel \"I Am Legend,\" George Romero and John Russo told their own tale of bickering humans.");

        assertEquals(List.of("He didn't call them zombies", "But the public did",
                "Zombies made the leap to American entertainment in 1932"), texts(s));
        assertEquals(List.of("Ozzy Inguanzo", "Ozzy Inguanzo", "Ozzy Inguanzo"), names(s));
    }

    @Test
    void anotherSourceAfterAConjunctionTheSameOfficialAnIndefiniteRoleAndACountrysInstitution() {
        List<Statement> s = extract("en",
                "The company said sales rose, but analysts said the figures were weak.",
                "Searchers had found nothing, Tjahjanto added, although dynamite fishing is common in Indonesian waters.",
                "The U.S. military said the USS Sampson would be on the scene later on Tuesday.",
                "\"We stand ready to assist,\" Pentagon spokesman Mark Wright said.",
                "The plane lacked real-time engine monitoring, a GE spokesman said.",
                "\"There is no victim wearing a life jacket,\" said Tatang Zaenudin, deputy head of operations.",
                "The same official told Reuters earlier that one of the bodies had been wearing a life jacket.");

        assertEquals(List.of("sales rose", "the figures were weak", "Searchers had found nothing", "the USS Sampson would be on the scene later on Tuesday",
                "We stand ready to assist", "The plane lacked real-time engine monitoring",
                "There is no victim wearing a life jacket", "one of the bodies had been wearing a life jacket"), texts(s));
        assertEquals(Arrays.asList(null, null, "Tjahjanto", "U.S. military", "Mark Wright", null, "Tatang Zaenudin",
                "Tatang Zaenudin"), names(s));
        assertEquals("GE spokesman", s.get(5).speaker().title());
    }

    @Test
    void aFrontedAdverbAHeadingInCapitalsAndDataByTheOrganisationsFullName() {
        List<Statement> s = extract("en",
                "A new poll by Bloomberg News indicates Americans are continuing to inch in that direction.",
                "Overall, the Bloomberg data shows that half of the respondents don’t want their sons playing football.",
                "\"They are not ours, they belong to God,\" she said.",
                "SEARCHING THROUGH THE NIGHT");

        assertEquals(List.of("Americans are continuing to inch in that direction",
                "half of the respondents don’t want their sons playing football"), texts(s).subList(0, 2));
        assertEquals(List.of("Bloomberg News", "Bloomberg News"), names(s).subList(0, 2));
        assertNotEquals("SEARCHING THROUGH THE NIGHT", s.get(2).speaker().name());
    }

    @Test
    void honorificsSpellingsOfASurnameAndAnAttributionThatGoesOnWithWhereItWasSaid() {
        List<Statement> s = extract("en",
                "\"For many Catholics, sisters are the glue,\" Father James Martin told The Daily Beast.",
                "Sister Sharon Holland told reporters that there were still hard feelings.",
                "Sir Keith Joseph was education secretary. Sir Keith said that pupils were simply ranked.",
                "Gerhard Müller, the prefect, quashed that hope. \"This is a provocation,\" Mueller said.",
                "\"It broke open the heart of who we are,\" said Mary Ann Zollman at an event to launch their book at"
                        + " Loyola University.");

        assertEquals(List.of("James Martin", "Sharon Holland", "Keith Joseph", "Gerhard Müller", "Mary Ann Zollman"),
                names(s));
        assertEquals(List.of("Father", "Sister"), List.of(s.get(0).speaker().title(), s.get(1).speaker().title()));
    }

    @Test
    void whoPublishedItsReportNotTheDayAndNoCueInsideACompoundWord() {
        List<Statement> s = extract("en",
                "On Tuesday, when the Vatican under Pope Francis delivered its final report, those concerns were gone.",
                "Tuesday’s report was the Vatican’s synthesis of those findings.",
                "The report concluded that the sisters were largely doing what they were supposed to be doing.",
                "But in a hand-written annotation to his letter Mrs Thatcher said: “This is not a correct judgement.”",
                "Thatcher put off the exams because she feared lower standards, newly released files show.");

        assertEquals(List.of("the sisters were largely doing what they were supposed to be doing",
                "This is not a correct judgement.", "Thatcher put off the exams because she feared lower standards"),
                texts(s));
        assertEquals(Arrays.asList("Vatican", "Thatcher", null), names(s));
    }

    @Test
    void aPossessiveInATitleTellsNoGender() {
        List<Statement> s = extract("en",
                "Margaret Thatcher feared the exams. Mark Addison, then her private secretary, said the prime minister"
                        + " believed the approach was wrong.",
                "In April she acquiesced. “I agree - no option but to go ahead,” she said.");

        assertEquals(List.of("Mark Addison", "Margaret Thatcher"), names(s));
    }

    @Test
    void anAdverbBetweenAParticipleAndThat() {
        List<Statement> s = extract("en",
                "Gerhard Müller quashed that hope, insisting instead that Francis backed up the 2009 report.");

        assertEquals(List.of("Francis backed up the 2009 report"), texts(s));
        assertEquals(List.of("Gerhard Müller"), names(s));
    }

    @Test
    void aSourceAfterADashAndAConjunctionAWifeNamedAfterACommaAndAnInfinitiveInsideAnAsFrame() {
        List<Statement> s = extract("en",
                "Hal Finney, a noted cryptography expert, waited on the lawn.",
                "The caller demanded 1,000 bitcoin—worth more than $400,000 at the time—and according to Fran Finney, the"
                        + " FBI agents believe that Hal was one of several people extorted.",
                "Hal Finney died in August, and his wife Fran says he spent his final months being harassed.",
                "“I need to let you know that you are about to have a SWAT team come,” the voice said.",
                "As Uri Friedman pointed out, the decision to show Kim's death was worrisome.",
                "To that Jay McInerney adds, \"Forget what you heard. It gets my vote for best picture.\"");

        assertEquals(List.of("the FBI agents believe that Hal was one of several people extorted",
                "he spent his final months being harassed",
                "I need to let you know that you are about to have a SWAT team come",
                "the decision to show Kim's death was worrisome",
                "Forget what you heard. It gets my vote for best picture."), texts(s));
        assertEquals(Arrays.asList("Fran Finney", "Fran Finney", null, "Uri Friedman", "Jay McInerney"), names(s));
    }

    @Test
    void theyBeforeAnyoneHasSpokenIsNoOneNamedInPassing() {
        List<Statement> s = extract("en",
                "All I’d claim is that my thoughts come with what Scott Fitzgerald called “the authority of failure.”",
                "What I didn’t have was any aptitude for political combat.",
                "In my case, they said I’d been out of the country too long.");

        assertEquals(List.of("I’d been out of the country too long"), texts(s));
        assertEquals(Arrays.asList((String) null), names(s));
    }

    @Test
    void aPlaceAfterAnAppositiveAProgressiveCueEmailsAndAPaperPublishedAfterTheVerb() {
        List<Statement> s = extract("en",
                "Scientists are warning that pathogens brought by visitors could threaten the penguin.",
                "Outbreaks have killed thousands of penguins, the team reported in a paper published this month in the"
                        + " journal Polar Biology.",
                "Norman Ratcliffe, an Antarctic ecologist from the Antarctic Survey in Cambridge, United Kingdom, told New"
                        + " Scientist that the evidence blaming tourists is lacking.",
                "\"I found that amusing because the forecasts are so often way off,\" David Taylor emails.");

        assertEquals(List.of("pathogens brought by visitors could threaten the penguin",
                "Outbreaks have killed thousands of penguins", "the evidence blaming tourists is lacking",
                "I found that amusing because the forecasts are so often way off"), texts(s));
        assertEquals(Arrays.asList(null, null, "Norman Ratcliffe", "David Taylor"), names(s));
        assertEquals("Scientists", s.get(0).speaker().title());
    }

    @Test
    void anAbbreviationOfANameWithAndAQuoteAfterUKAndAParticipleWithoutThat() {
        List<Statement> s = extract("en",
                "The deal still faces opposition from the U.K.’s Competition and Markets Authority.",
                "The Competition and Markets Authority and Microsoft said they jointly applied to put the hearing on hold.",
                "“We stand ready to consider any proposals from Microsoft,” the CMA said in a statement.",
                "Microsoft said that its focus now turns back to the U.K. “While we ultimately disagree with the CMA’s"
                        + " concerns, we are considering how the transaction might be modified,” President Brad Smith said.",
                "“I don’t think we won,” Weingarten responded, saying there was no evidence that the contracts would work.",
                "Both companies suggested that such a delay would force them to abandon the agreement.",
                "Texas has the third-largest Asian American population, according to the U.S. census, and Chinese people"
                        + " make up the largest group.");

        assertEquals(List.of("they jointly applied to put the hearing on hold",
                "We stand ready to consider any proposals from Microsoft", "its focus now turns back to the U.K.",
                "While we ultimately disagree with the CMA’s concerns, we are considering how the transaction might be"
                        + " modified", "I don’t think we won", "there was no evidence that the contracts would work",
                "such a delay would force them to abandon the agreement",
                "Texas has the third-largest Asian American population"), texts(s));
        assertEquals(Arrays.asList(null, "Competition and Markets Authority", "Microsoft", "Brad Smith", "Weingarten",
                "Weingarten", null, null), names(s));
    }

    @Test
    void organisationsIntroducedByWhatTheyAreAndAPlaceBeforeAName() {
        List<Statement> s = extract("en",
                "US President Donald Trump has said he wants to run Venezuela “through oil” - but what does that mean?",
                "Analysts at US investment banking giant Goldman Sachs have looked at the numbers.",
                "Goldman Sachs estimates that oil production could rise dramatically within two years.",
                "In a press conference, he suggested US companies had already expressed their interest.",
                "Trump has argued this constituted \"a theft\" and the US must be compensated.",
                "Venezuela holds the largest proven oil reserves in the world, according to the London-based Energy"
                        + " Institute.",
                "Ulf Kristersson was concerned about the revelations by newspaper Dagens Nyheter.",
                "At least 30 police employees resigned or were forced to quit, the newspaper reported.");

        assertEquals(List.of("he wants to run Venezuela “through oil”",
                "oil production could rise dramatically within two years",
                "US companies had already expressed their interest",
                "this constituted \"a theft\" and the US must be compensated",
                "Venezuela holds the largest proven oil reserves in the world",
                "At least 30 police employees resigned or were forced to quit"), texts(s));
        assertEquals(List.of("Donald Trump", "Goldman Sachs", "Donald Trump", "Donald Trump", "Energy Institute",
                "Dagens Nyheter"), names(s));
    }

    @Test
    void theSubjectOfACleftAndAPersonByTheirAge() {
        List<Statement> s = extract("en",
                "After Lily Miyazaki won on Monday, it was Katie Boulter who got the ball rolling on Tuesday with a"
                        + " victory over Diane Parry.",
                "“Hopefully I’ve started everyone off well today,” she told Sky Sports afterwards.",
                "Cameron Norrie, Andy Murray and Jack Draper all went on to record straight-set wins.",
                "Moutet suffered a nasty fall on the baseline. But Murray struck at the next opportunity.",
                "“He’s one of the most skilful players on the tour,” said the 36-year-old.");

        assertEquals(List.of("Katie Boulter", "Andy Murray"), names(s));
    }

    @Test
    void aRelativeClauseWithASubjectOfItsOwnAnAgeAfterANameAndTheFactThat() {
        List<Statement> s = extract("en",
                "Israel has characterized Sinwar as the \"mastermind\" behind the Oct. 7 attacks, which Israeli figures"
                        + " say killed 1,200 and took over 250 hostages into Gaza.",
                "Jamil Al Saadouni, 58, told a videographer in Khan Younis that the appointment was an internal decision.",
                "He lamented the fact that Palestinian civilians were not consulted on the best replacement.",
                "Abu Hassan Amer, 44, agreed.",
                "\"Choosing a military leadership during this period can harm the negotiations,\" he told El Saife.",
                "Michael D. Higgins spent 14 years expanding what the president is allowed to say and do.",
                "The war has killed more than 39,000, according to Palestinian tallies, over the past 10 months.");

        assertEquals(List.of("killed 1,200 and took over 250 hostages into Gaza",
                "the appointment was an internal decision",
                "Palestinian civilians were not consulted on the best replacement",
                "Choosing a military leadership during this period can harm the negotiations",
                "The war has killed more than 39,000"), texts(s));
        assertEquals(Arrays.asList(null, "Jamil Al Saadouni", "Jamil Al Saadouni", "Abu Hassan Amer", null), names(s));
    }

    @Test
    void anOwnersDescriptionBeforeANameAQuoteAfterAColonAClaimGoingOnInAQuoteAndWhatSomethingWasAbout() {
        List<Statement> s = extract("en",
                "\"Terrific guy,\" Epstein's neighbor in both Florida and New York, Donald Trump, said in the story.",
                "Kamala Harris signed her yearbook in 1981.",
                "Her favourite past-time is dancing, and as to her “Fav Ex,” she wrote: “Naw, I’m just playing!”",
                "She offered comfort when her friend told Harris about abuse she was suffering at home.",
                "Harris said this episode “is one of the reasons I became a prosecutor.”");

        // the verb before a colon introduces the quote after it, never "Fav Ex" before it
        assertEquals(List.of("Terrific guy", "Naw, I’m just playing!",
                "this episode “is one of the reasons I became a prosecutor.”"), texts(s));
        assertEquals(List.of("Donald Trump", "Kamala Harris", "Kamala Harris"), names(s));
    }

    @Test
    void aDayThenTheWritersParticipleAnUnnamedServiceAndItAfterIt() {
        List<Statement> s = extract("en",
                "Russia used the Oreshnik missile in an attack on Kyiv that killed two people, Ukrainian President"
                        + " Volodymyr Zelenskyy said Sunday, marking the third time the weapon has been used.",
                "Russia’s Defense Ministry on Sunday confirmed the weapon’s use. The ministry added the attack was"
                        + " retaliation for Ukrainian attacks.",
                "Damage was recorded in 50 locations across the capital, Ukraine’s emergency service said in a Telegram"
                        + " post. Police department buildings were also damaged, it said.",
                "The government is on track to hit its target, according to new modelling.",
                "Andrii Melnyk denied the accusations, calling them a “pure propaganda show” and asserting that the"
                        + " operations targeted the Russian war machine.");

        assertEquals(List.of("Russia used the Oreshnik missile in an attack on Kyiv that killed two people",
                "the attack was retaliation for Ukrainian attacks",
                "Damage was recorded in 50 locations across the capital", "Police department buildings were also damaged",
                "The government is on track to hit its target",
                "the operations targeted the Russian war machine"), texts(s));
        assertEquals(Arrays.asList("Volodymyr Zelenskyy", "Defense Ministry", null, null, null, "Andrii Melnyk"),
                names(s));
        assertEquals("Center for Automotive Research", extract("en",
                "Jobs are coming back slowly, the Ann Arbor-based Center for Automotive Research said.").get(0).speaker().name());
    }

    @Test
    void aCompanySpokespersonSpeaksForTheCompanyButAgencyOfficialsAreUnnamed() {
        List<Statement> s = extract("en",
                "WeWork is headquartered in New York City. A company spokesperson said in an email that the company is"
                        + " cooperating in the matter.",
                "Winter can also bring an increase in gas-line breakages.",
                "Sewer lines are less affected by cold weather, agency officials said.");

        assertEquals(Arrays.asList("WeWork", null), names(s));
    }

    @Test
    void aNameAfterItsDescriptionARoleAfterANameAndTheOwnerOfSurveyData() {
        List<Statement> s = extract("en",
                "The jobless rate fell to 6.6 per cent, according to Statistics Canada’s labour force survey data released"
                        + " Friday.",
                "The latest jobs numbers just about ends the recession debate, said Chartered Professional Accountants of"
                        + " Canada’s chief economist, David-Alexandre Brassard.",
                "“This is a blockbuster report,” said Brassard, noting that the gains were broad-based.",
                "“No bones about it, this is a solid report,” said Andrew Hencic.",
                "Royce Mendes, Desjardins Economics managing director, was a bit more cautious. He said the labour market"
                        + " showed signs of life in May.",
                "At the summit, he reminded an audience of leaders that investment in AI infrastructure is essential.",
                "National Bank of Canada also has posted profits that exceeded analysts expectations.");

        assertEquals(List.of("The jobless rate fell to 6.6 per cent",
                "The latest jobs numbers just about ends the recession debate", "This is a blockbuster report",
                "the gains were broad-based", "No bones about it, this is a solid report",
                "the labour market showed signs of life in May", "investment in AI infrastructure is essential"), texts(s));
        assertEquals(List.of("Statistics Canada", "David-Alexandre Brassard", "David-Alexandre Brassard",
                "David-Alexandre Brassard", "Andrew Hencic", "Royce Mendes", "Royce Mendes"), names(s));
    }

    @Test
    void aWordUsedAloneIsANameOfItsOwnANegationWithATypographicApostropheAndTheCenter() {
        List<Statement> s = extract("en",
                "Now Strava says it will start using machine learning to detect questionable activities.",
                "Strava wouldn’t confirm whether the engine is one of OpenAI’s models, but Matt Salazar did say the company is"
                        + " experimenting with different technologies.",
                "Strava is also introducing dark mode, which, according to data on the Strava Community Hub, is the app’s"
                        + " second most desired feature.",
                "Strava says it will introduce dark mode later this summer.",
                "The risk is drawn up by the National Weather Service’s Storm Prediction Center.",
                "“The greatest threat is currently anticipated across parts of the central Plains,” wrote the center.");

        assertEquals(List.of("Strava", "Matt Salazar", "Strava Community Hub", "Strava", "Storm Prediction Center"),
                names(s));
        assertEquals("the company is experimenting with different technologies", s.get(1).text());
    }

    @Test
    void anAbbreviationSpelledOutInBracketsTheMonthBeforeASubjectAndAnAnalysisByItsPublisher() {
        List<Statement> s = extract("en",
                "In support of the plan, Immigration, Refugees and Citizenship Canada (IRCC) chose to release floors back"
                        + " to Public Services and Procurement Canada (PSPC).",
                "IRCC confirmed it completed the full release by the end of January.",
                "Then, in April, an internal PSPC analysis found more space may be added in cases where workstations are"
                        + " scarce.",
                "The figures come from South Korea’s Ministry of Trade, Industry and Energy (MOTIE).",
                "Capacity will rise next year, MOTIE said.");

        assertEquals(List.of("Immigration, Refugees and Citizenship Canada", "Public Services and Procurement Canada",
                "Ministry of Trade, Industry and Energy"), names(s));
    }

    @Test
    void aParticipleAfterAnInsertedAttributionAndAPassiveParticipleWithItsAgent() {
        List<Statement> s = extract("en",
                "The new government will focus on ‘security, fairness and opportunity for all’, King Charles said.",
                "Wearing the glittering Imperial Crown, he read out the speech written by Keir Starmer.",
                "Every policy will be fully costed, he said, swiping at Liz Truss.",
                "The deal is done, he said, adding that talks would resume.");

        assertEquals(List.of("The new government will focus on ‘security, fairness and opportunity for all’",
                "Every policy will be fully costed", "The deal is done", "talks would resume"), texts(s));
        assertEquals(List.of("Charles", "Charles", "Charles", "Charles"), names(s));
    }

    @Test
    void theExpertIsTheOnePersonQuotedBeforeButTheSourceStaysUnnamed() {
        List<Statement> s = extract("en",
                "“This plant thrives in low light,” explains Radek Babicek from Fantastic Gardeners.",
                "“Despite this, it’s easy to overwater,” the expert explains.",
                "The source, who declined to be named, added that the shop would close.");

        assertEquals(List.of("Radek Babicek", "Radek Babicek"), names(s.subList(0, 2)));
        assertEquals(null, s.get(2).speaker().name());
    }

    @Test
    void straightSingleQuotesThatOpenASentenceAndRunOnIntoTheNextParagraph() {
        List<Statement> s = extract("en",
                "'It's very rare that the Federal Reserve would mess up an order,' Chad Hawk told Fox.",
                "'The best thing to do is look online,' he said.",
                "'You can find outlets where people are collecting the data.",
                "'They may be willing to pay a big premium for that,' he said.",
                "The band played rock 'n' roll in the '90s.");

        assertEquals(List.of("It's very rare that the Federal Reserve would mess up an order",
                "The best thing to do is look online", "You can find outlets where people are collecting the data.",
                "They may be willing to pay a big premium for that"), texts(s));
        assertEquals(List.of("Chad Hawk", "Chad Hawk", "Chad Hawk", "Chad Hawk"), names(s));
    }

    @Test
    void anAccordingToNoCommaSetsOffNamesItsSourceButNotAPlan() {
        List<Statement> s = extract("en",
                "The backlash was a “kick in the teeth” according to critics, but the Duke was saved.",
                "She hissed at a member of staff, leaving them in “tears” according to a royal correspondent who joined"
                        + " the tour.",
                "The launch went according to plan.",
                "Prices will rise, according to a Moody’s Analytics’ forecast in June.");

        assertEquals(List.of("The backlash was a “kick in the teeth”",
                "She hissed at a member of staff, leaving them in “tears”", "Prices will rise"), texts(s));
        assertEquals(Arrays.asList(null, null, "Moody’s Analytics"), names(s));
    }

    @Test
    void sourcesByWhatTheyAreAndAPollDescribedAtLength() {
        List<Statement> s = extract("en",
                "In April 2024, the couple announced they are expecting a third child.",
                "Ex-friends told the Daily Mail that the star was growing frustrated.",
                "According to the personal finance blog Wealthynickel, two batches of bills contain the error.",
                "A poll of 1,500 US eligible voters conducted by Redfield and Wilton for Newsweek back in May found that"
                        + " Meghan was liked by just 36 percent of adults.");

        assertEquals(Arrays.asList(null, null, "Wealthynickel", "Redfield and Wilton"), names(s));
    }

    @Test
    void aFewWordsQuotedInsideAClaimLeaveItToTheAttributionAfterIt() {
        List<Statement> s = extract("en",
                "They will struggle to recover from claims they are “whingers” following a “terrible” snub, an expert"
                        + " has claimed.",
                "Meghan is “still less popular” than the Princess of Wales in her own country, a recent poll has shown.");

        assertEquals(List.of("They will struggle to recover from claims they are “whingers” following a “terrible” snub",
                "Meghan is “still less popular” than the Princess of Wales in her own country"), texts(s));
    }

    @Test
    void anAbbreviatedTitleWrittenOutLaterAndWhereAPoliticianIsFrom() {
        List<Statement> s = extract("en",
                "A budget deal gained the endorsement of Indiana Gov. Eric Holcomb on Friday.",
                "“It is a generational impact budget,” the Republican governor said.",
                "Senate Democratic Leader Greg Taylor of Indianapolis said schools will be unable to raise pay.",
                "Rep. Jim Banks, R-Ind., said the plan would pass.");

        assertEquals(List.of("Eric Holcomb", "Greg Taylor", "Jim Banks"), names(s));
    }

    @Test
    void anEmployerNamedBeforeThatRunsOnIntoAName() {
        List<Statement> s = extract("en",
                "Tessa Smith, Head of Sales at Ocean Florida, shared her tips.",
                "Marketing Manager at Ocean Florida Abby Dunn, who has travelled to Florida 42 times, shared hers.",
                "Abby said: \"Always buy your park tickets at the time of booking.\"");

        assertEquals(List.of("Abby Dunn"), names(s));
    }

    @Test
    void aClauseInThePresentAfterABareVerbButNotANounInS() {
        List<Statement> s = extract("en",
                "Public schools groups and Democrats argued the voucher expansion’s cost shortchanges traditional public"
                        + " schools.",
                "Investigators found the company records in a safe.");

        assertEquals(List.of("the voucher expansion’s cost shortchanges traditional public schools"), texts(s));
    }

    @Test
    void anAccordingToWithoutACommaAfterTheName() {
        List<Statement> s = extract("en",
                "According to The New York Times the talks failed on Monday.");

        assertEquals(List.of("the talks failed on Monday"), texts(s));
        assertEquals(List.of("New York Times"), names(s));
    }

    @Test
    void aQuoteAfterReportedSpeechGoesOnInItsSpeakersVoice() {
        List<Statement> s = extract("en",
                "Ana Escrogima, the U.S. ambassador to Oman, told Rest of World a few American tech companies have"
                        + " already launched in Oman. “They really have zeroed in on space companies.”");

        assertEquals(List.of("Ana Escrogima", "Ana Escrogima"), names(s));
    }

    @Test
    void aCountryAsAGivenNameAMonthBeforeTheSubjectAndAGroupOfOthers() {
        List<Statement> s = extract("en",
                "Last week, Israeli Defence Minister Israel Katz said the country would continue to block aid.",
                "Last August, the UN fired nine staff members after an investigation found they “may have been involved”"
                        + " in the attack.",
                "The UN and other aid organisations have condemned the decision, saying Israel’s “deliberate” aid ban is"
                        + " further threatening lives in Gaza.");

        assertEquals(Arrays.asList("Israel Katz", null, null), names(s));
        assertEquals("Defence Minister", s.get(0).speaker().title());
        assertEquals("UN and other aid organisations", s.get(2).speaker().title());
    }

    @Test
    void itIsTheCountryTheSentenceBeforeWasAboutAndAnAbbreviationSpelledOutWithItsArticle() {
        List<Statement> s = extract("en",
                "The United Nations’ (UN) top court heard from South Africa, the African Union and the US.",
                "Israel did not appear at the hearings, but rejected the questions as “patently biased and one-sided”.",
                "It argued that no obligation exists on it to respect the operations of a UN agency.",
                "The UN said Israel has a clear obligation as an occupying power.");

        assertEquals(List.of("Israel", "United Nations"), names(s));
    }

    @Test
    void aQuoteInsideAReportedClaimIsPartOfItAndAnUnattributedParagraphOfSpeechIsUnnamed() {
        List<Statement> s = extract("en",
                "“These obligations entail allowing all relevant UN entities to carry out activities,” the UN"
                        + " undersecretary general for legal affairs, Elinor Hammarskjöld, told the court.",
                "“Such concerns must be addressed in consultation with the organisation concerned,” she said, adding"
                        + " that the UN “considers very seriously any credible allegations” against it.",
                "The budget documents show Sars collected R95bn during the previous financial year.",
                "“The potential revenue is not included in the revenue estimates. However, the performance of Sars will"
                        + " be monitored monthly.”",
                "Allocations were cut due to the “expedited schedule for withdrawal” of troops.");

        assertEquals(List.of("These obligations entail allowing all relevant UN entities to carry out activities",
                "Such concerns must be addressed in consultation with the organisation concerned",
                "the UN “considers very seriously any credible allegations” against it",
                "The potential revenue is not included in the revenue estimates. However, the performance of Sars will"
                        + " be monitored monthly."), texts(s));
        assertEquals(Arrays.asList("Elinor Hammarskjöld", "Elinor Hammarskjöld", "Elinor Hammarskjöld", null), names(s));
    }

    @Test
    void aPerfectWithWhenAndHowBeforeTheVerbAndWhatSomeoneUrgedOthersToDo() {
        List<Statement> s = extract("en",
                "Pakistan's Chief of Army Staff General Asim Munir has over the past few months repeatedly warned that"
                        + " digital platforms are being exploited.",
                "He urged the public not to tolerate misinformation.",
                "Which is not to say that whatever happened on Saturday was routine.",
                "2. Never urged Ukraine to investigate Joe Biden.");

        assertEquals(List.of("digital platforms are being exploited", "the public not to tolerate misinformation"),
                texts(s));
        assertEquals(List.of("Asim Munir", "Asim Munir"), names(s));
    }

    @Test
    void aMainClauseAfterAFrontedOneASubjectAfterWithAndAVerbJoinedByAnd() {
        List<Statement> s = extract("en",
                "Though authorities have said the drop in speed was due to technical issues, activists have claimed that"
                        + " the army is using a national firewall.",
                "The shift has sparked concern, with some analysts suggesting that the military is curbing internet"
                        + " speeds.",
                "The provincial department pledged to issue regular advisories and urged residents to stay vigilant.");

        assertEquals(List.of("the drop in speed was due to technical issues", "the army is using a national firewall",
                "the military is curbing internet speeds", "residents to stay vigilant"), texts(s));
        assertEquals(List.of("authorities", "activists", "analysts", "provincial department"),
                s.stream().map(x -> x.speaker().title()).toList());
    }

    @Test
    void aTitleSetOffBeforeANameGoesOnInCapitalsAndASpeechActAfterAndEndsTheClaim() {
        List<Statement> s = extract("en",
                "MEC for Cooperative Governance and Traditional Affairs, Jacob Mamabolo, said the centre briefed the"
                        + " weekly meeting.",
                "The MEC emphasised that communities must treat every warning with the utmost seriousness.",
                "Chaudhry said the military had become the sole target of digital terrorists, and blamed a “certain”"
                        + " political party.");

        assertEquals(List.of("Jacob Mamabolo", "Jacob Mamabolo", "Chaudhry"), names(s));
        assertEquals("MEC for Cooperative Governance and Traditional Affairs", s.get(0).speaker().title());
        assertEquals("the military had become the sole target of digital terrorists", s.get(2).text());
    }

    @Test
    void aQuoteOverParagraphsIsItsLastParagraphsSpeakersAndADatelineWithADate() {
        List<Statement> s = extract("en",
                "PUTRAJAYA, Nov 22 — Private companies did not pay for the trips, Communications Minister Fahmi Fadzil"
                        + " said today.",
                "During today’s press conference, Fahmi also clarified Nurul Izzah joined the delegation in her official"
                        + " capacity.",
                "Nurul Izzah is a member of parliament.",
                "“I got confirmation from the prime minister’s chief press secretary that Izzah was invited by the"
                        + " organisers.",
                "“So, she was invited in her capacity as the director of the think tank,” he said.");

        assertEquals(List.of("Private companies did not pay for the trips",
                "Nurul Izzah joined the delegation in her official capacity",
                "I got confirmation from the prime minister’s chief press secretary that Izzah was invited by the"
                        + " organisers.",
                "So, she was invited in her capacity as the director of the think tank"), texts(s));
        assertEquals(List.of("Fahmi Fadzil", "Fahmi Fadzil", "Fahmi Fadzil", "Fahmi Fadzil"), names(s));
    }

    @Test
    void anAdvocatesTitleAbbreviatedQuotesSharedAndReflectedOnAndAParticipleWithOnlyAnObject() {
        List<Statement> s = extract("en",
                "Born in Roma, Advocate Mokitimi Tšosane has transformed his tribulations into a commitment to law.",
                "“My grandmother was the shield against poverty,” he reflects, emphasizing the critical role she played"
                        + " in his upbringing.",
                "“Education was not just a goal; it was a passion driven by my father,” Adv Tšosane shares.",
                "Prime Minister Datuk Seri Anwar Ibrahim travelled abroad.");

        assertEquals(List.of("My grandmother was the shield against poverty",
                "Education was not just a goal; it was a passion driven by my father"), texts(s));
        assertEquals(List.of("Mokitimi Tšosane", "Mokitimi Tšosane"), names(s));
    }

    @Test
    void peopleByWhatTheyAreAfterTheirNameAndCommonNounsForGroups() {
        List<Statement> s = extract("en",
                "IT’s around 8:00pm but Aisha Mohamed is still busy with her business.",
                "The mother of three says she is confident of doing business until late hours.",
                "While Aisha, 36, is waiting for another customer, Mariam Malibiche has just handed over a parcel.",
                "Though Mariam do not know if the lights are powered by solar energy, she says, compared to a year ago,"
                        + " “It was difficult to find women in the streets beyond 18hrs.”",
                "Saphina Ndali is a mother of two. She started her grocery business around the terminal.",
                "“Before installation of streetlights, at 8pm there were no people in town,” says the woman who is in"
                        + " her late 20s.",
                "Villagers also allege he receives a permanent quota for every load leaving the mine.");

        assertEquals(Arrays.asList("Aisha Mohamed", "Mariam Malibiche", "Saphina Ndali", null), names(s));
        assertEquals("Villagers", s.get(3).speaker().title());
    }

    @Test
    void militaryRanksADemonymOfTheWorldABureauAndAnotherPredicateOfTheSubject() {
        List<Statement> s = extract("en",
                "Beijing considers Taiwan part of its territory and has vowed it would never rule out using force to take"
                        + " it, calling Monday’s drills a “stern warning”.",
                "US Marines exercise representative Colonel Stuart Glenn said the drills were aimed at helping allies.",
                "The Philippine government announced that the vessel had sustained minor damage on Friday.",
                "The collision dented the vessel’s front section, the Philippine Bureau of Fisheries and Aquatic Resources"
                        + " said in a statement.",
                "Prior to the collision, the Chinese vessel also tried to block the path of the boat, the bureau said.",
                "Amphibious landings are also among the activities planned, a press kit said.");

        assertEquals(Arrays.asList("Beijing", "Stuart Glenn", "Philippine government",
                "Philippine Bureau of Fisheries and Aquatic Resources", "Philippine Bureau of Fisheries and Aquatic Resources",
                null), names(s));
        assertEquals("it would never rule out using force to take it", s.get(0).text());
        assertEquals("press kit", s.get(5).speaker().title());
    }

    @Test
    void aQuoteAfterASpeechParticipleAndAQuestionPutToTheSubject() {
        List<Statement> s = extract("en",
                "Prime Minister Shigeru Ishiba faced the opposition leader Nobuyuki Baba.",
                "Baba criticized Ishiba’s “change of stance,” saying, “[Ishiba] is greatly deviating from the expectations"
                        + " of the people.”",
                "But Ishiba brushed Tamaki off, saying only, “We won’t use the funds in any way that is illegal.”",
                "During the session, Ishiba was asked, “Do you feel any ethical guilt?” The prime minister admitted that he"
                        + " did.");

        assertEquals(List.of("[Ishiba] is greatly deviating from the expectations of the people.",
                "We won’t use the funds in any way that is illegal.", "he did"), texts(s));
        assertEquals(List.of("Nobuyuki Baba", "Shigeru Ishiba", "Shigeru Ishiba"), names(s));
    }

    @Test
    void aMothersQuotesHerSonsAndAnApostropheTypedAsAnOpeningMark() {
        List<Statement> s = extract("en",
                "Donna Kelce has praised Taylor Swift‘s new album. Speaking to People, Travis Kelce‘s mom confirmed, “I"
                        + " listened to the whole album.”",
                "However, when asked if she had any advice for Swift, Donna dismissed the idea, noting, “She doesn’t need"
                        + " my advice on anything.”",
                "“I feel like I’m in an alternate universe,” Donna said. Donna and Swift spent time together. Donna"
                        + " cheered. Donna laughed.",
                "Swift and Travis recently attended Coachella together.",
                "“I like to see it from the fans’ perspective,” Kelce shared.",
                "“We are not focused on the interests” mutually shared by Ukraine and the U.S., he warned.");

        assertEquals(List.of("Donna Kelce", "Donna Kelce", "Donna Kelce", "Travis Kelce", "Travis Kelce"), names(s));
    }

    @Test
    void aClaimWithAFewWordsQuotedBeforeSaysXAndQuantifiersThatSpeak() {
        List<Statement> s = extract("en",
                "That Xi personally announced the targets signals a “very high-level commitment” to tackling climate"
                        + " change, says Belinda Schäpe, a China analyst at the Centre for Research on Energy and Clean Air.",
                "But the administration is not expected to send anyone, and many say that’s for the best.",
                "Many predict that China will work with Brazil to secure more money.",
                "US states and cities are also pursuing their own clean-energy agendas.");

        assertEquals(List.of("That Xi personally announced the targets signals a “very high-level commitment” to tackling"
                + " climate change", "that’s for the best", "China will work with Brazil to secure more money"), texts(s));
        assertEquals(Arrays.asList("Belinda Schäpe", null, null), names(s));
    }

    @Test
    void aClaimThenAQuoteAfterItsColonAPapersAuthorsResearchByAScientistAndClausesBetweenSemicolons() {
        List<Statement> s = extract("en",
                "David Keith told me that the technology should not be used unilaterally. But he also said that universal"
                        + " agreement is unrealistic: “No technologies get decided by some global unanimous vote.”",
                "Last year, Johnson and Field published a paper. After a February snowfall, they wrote, it was impossible"
                        + " to see any difference between the sections.",
                "Research by Xin Xu, a materials scientist, recently estimated that raising an area’s albedo could reduce"
                        + " its air temperature.",
                "Covering the sea ice, Zornetzer told me, would cost one to two billion dollars per year; Johnson estimated"
                        + " that coating glaciers would cost more.");

        assertEquals(List.of("the technology should not be used unilaterally", "universal agreement is unrealistic",
                "No technologies get decided by some global unanimous vote.",
                "it was impossible to see any difference between the sections",
                "raising an area’s albedo could reduce its air temperature", "would cost one to two billion dollars per year",
                "coating glaciers would cost more"), texts(s));
        assertEquals(Arrays.asList("David Keith", "David Keith", "David Keith", null, "Xin Xu", "Zornetzer", "Johnson"),
                names(s));
    }

    @Test
    void anotherNameAfterAkaInitialsRunTogetherAndAnAccordingToOfAnOwnersWork() {
        List<Statement> s = extract("en",
                "Kwanzaa was invented in 1966 by Ron Karenga — aka Dr. Maulana Karenga, founder of United Slaves.",
                "Back in the ’70s, Karenga was quick to criticize Nigerian newspapers that claimed that certain radicals"
                        + " were CIA operatives.",
                "In a 1995 interview, Karenga explained that the forces out to get O.J. Simpson included: “the FBI, the"
                        + " CIA, the State Department”.",
                "When Karenga was asked to distinguish Kawaida from “classical Marxism,” he essentially said that, under"
                        + " Kawaida, we also hate whites.",
                "Chia seeds are the new kale, according to Google's recent parsing of food-focused searches.");

        assertEquals(List.of("certain radicals were CIA operatives", "the forces out to get O.J. Simpson included",
                "the FBI, the CIA, the State Department", "under Kawaida, we also hate whites", "Chia seeds are the new kale"),
                texts(s));
        assertEquals(Arrays.asList(null, "Ron Karenga", "Ron Karenga", "Ron Karenga", "Google"), names(s));
    }

    @Test
    void newspapersByNameBeforeTheirRoleArticlesInThemFrenchNamesAndAPostQuotingSomeone() {
        List<Statement> s = extract("en",
                "Johnson served a one-year sentence in Cambodia, The Register-Guard newspaper reported. He worked as a"
                        + " missionary for a decade, according to the anti-pedophile group Action pour les Enfants.",
                "Prosecutors dismissed charges, according to a 2003 article in the Yamhill Valley News-Register.",
                "\"May the odds be ever in Louisville's favor!\" – Jennifer Lawrence http://t.co/rE6Li6QWGp"
                        + " pic.twitter.com/zK8QMCzPDf — Sporting News (@sportingnews) December 27, 2014");

        assertEquals(List.of("Register-Guard", "Action pour les Enfants", "Yamhill Valley News-Register",
                "Jennifer Lawrence"), names(s));
        assertEquals("May the odds be ever in Louisville's favor!", s.get(3).text());
    }

    @Test
    void anInsertedAttributionInsideTheClaimAVerbBeforeItsSpeakersAndAnAdministrationByName() {
        List<Statement> s = extract("en",
                "In truth, gas prices have been falling for months: As of Monday, the average price was $2.554, according"
                        + " to the U.S. Energy Information Administration.",
                "But that was less than the decline seen before; energy price shocks, they concluded, have less effect on"
                        + " the overall economy than they used to.",
                "Concluded the researchers: “It takes repeated surprise increases in gasoline prices to generate large"
                        + " effects.”");

        assertEquals(List.of("As of Monday, the average price was $2.554",
                "have less effect on the overall economy than they used to",
                "It takes repeated surprise increases in gasoline prices to generate large effects."), texts(s));
        assertEquals(Arrays.asList("U.S. Energy Information Administration", null, null), names(s));
        assertEquals("researchers", s.get(2).speaker().title());
    }

    @Test
    void aClauseAfterWhomItWasToldAnAdverbSetOffAfterTheSubjectAndAsFramesAroundAQuote() {
        List<Statement> s = extract("en",
                "Google, however, tells me that's not the case.",
                "What's promised is a new search box that effortlessly expands to support your queries.",
                "The Electoral Commission issued a statement. Critically, however, it pointed out that it does not"
                        + " regulate campaign content.",
                "As a Google spokesperson promised, \"No matter what you ask, you’ll continue to get a range of results.\"");

        assertEquals(List.of("that's not the case", "it does not regulate campaign content",
                "No matter what you ask, you’ll continue to get a range of results."), texts(s));
        assertEquals(Arrays.asList("Google", "Electoral Commission", null), names(s));
    }

    @Test
    void anAdjunctOrAnAdverbBetweenTheVerbAndItsQuote() {
        List<Statement> s = extract("en",
                "Dylann Roof gave a taped interview to FBI agents. In it, Roof said of Sheppard, \"I didn't shoot her because"
                        + " she was, like, looking at me.\"",
                "Asked if he believed those he shot were bad people, Roof said almost incredulously, \"They're in church;"
                        + " they weren't criminals or anything.\"",
                "American Federation of Government Employees President J. David Cox Sr., who also represents Energy"
                        + " employees, warned against \"a return to the political witch hunts of the 1950s.\"",
                "Uber stepped in and tweeted this announcement: “We are all concerned with events in CBD.”",
                "The ruling party has vowed in its campaign pledges to “abolish in the future” funds for lawmakers.");

        assertEquals(List.of("I didn't shoot her because she was, like, looking at me.",
                "They're in church; they weren't criminals or anything.",
                "a return to the political witch hunts of the 1950s.", "We are all concerned with events in CBD."), texts(s));
        assertEquals(List.of("Dylann Roof", "Dylann Roof", "J. David Cox Sr.", "Uber"), names(s));
        assertEquals("Federation of Government Employees President", s.get(2).speaker().title());
    }

    @Test
    void aNameAfterTheVerbAndWhomItWasToldWithItsArticle() {
        List<Statement> s = extract("en",
                "A jury in Charleston has found Dylann Roof guilty.",
                "As the sentence was read, Roof stood emotionless, reported Alexandra Olgin of South Carolina Public Radio,"
                        + " who was in the courtroom.",
                "Another witness, Polly Sheppard, told the jury Roof stood over her with his gun.",
                "Roof, who was 21 at the time, was arrested the next day.",
                "He also said: \"I am guilty. We all know I'm guilty.\"",
                "Donald Trump has said that more than once.");

        assertEquals(List.of("As the sentence was read, Roof stood emotionless", "Roof stood over her with his gun",
                "I am guilty. We all know I'm guilty."), texts(s));
        // "Polly" is a woman's name, so "he" is Roof; "said that more than once" reports nothing new
        assertEquals(List.of("Alexandra Olgin", "Polly Sheppard", "Dylann Roof"), names(s));
    }

    @Test
    void anAppositiveAfterTheSourceAnAttributionSetOffAfterAnAdjunctAndAReportThatConcludes() {
        List<Statement> s = extract("en",
                "The results, according to Jeff Schlegelmilch, deputy director of the National Center for Disaster"
                        + " Preparedness at the Earth Institute of Columbia University, were mixed.",
                "As a general rule, Schlegelmilch pointed out, Manhattan floorspace doesn't stay vacant for long.",
                "“In hindsight, it would have been prudent to brief other key district executive staff,” the report"
                        + " concludes in something of an understatement.",
                "The report, released in response to a public records request, affirms that law enforcement acted quickly.",
                "In L.A., Cortines awoke to a call that included LAPD Asst. Chief Earl Paysinger, according to interviews.");

        assertEquals(List.of("were mixed", "Manhattan floorspace doesn't stay vacant for long",
                "In hindsight, it would have been prudent to brief other key district executive staff",
                "law enforcement acted quickly",
                "In L.A., Cortines awoke to a call that included LAPD Asst. Chief Earl Paysinger"), texts(s));
        assertEquals(Arrays.asList("Jeff Schlegelmilch", "Jeff Schlegelmilch", null, null, null), names(s));
    }

    @Test
    void anObjectWithARelativeClauseOrBeforeAQuotedColonIsNoClaim() {
        List<Statement> s = extract("en",
                "The report acknowledges serious logistical problems outside of public view that could have mattered.",
                "Zimmer also acknowledged his limitations in evaluating the situation: “This type of threat I have no"
                        + " ability to assess.”",
                "“Some computers crashed, some computers ran slowly, and only one-third of the people” in the emergency"
                        + " center had access to computers, the report said.",
                "Paganini and his team wrote in the new paper, which was published online today, that the plume was real."
                        + " And such stripping would likely occur fairly regularly, Paganini and his team wrote in the new"
                        + " paper, which was published online today (Nov. 18) in the journal Nature Astronomy.");

        assertEquals(List.of("This type of threat I have no ability to assess.",
                "Some computers crashed, some computers ran slowly, and only one-third of the people",
                "the plume was real", "And such stripping would likely occur fairly regularly"), texts(s));
        assertEquals("report", s.get(1).speaker().title());
    }

    @Test
    void aWriterWhoSaysWeBesideAStatementHasNoBlockQuotes() {
        List<Statement> s = extract("en",
                "We tried getting access to these spaces, without luck, but a Postal Service spokesman informs us that"
                        + " the basement has been turned over to mail operations.",
                "The Department of Transportation wouldn't let us take a peek. The DOT says it has donated the goods to"
                        + " a museum.",
                "We did get access to the basement at 80 New York Avenue, and what we found did not inspire confidence.");

        assertEquals(List.of("the basement has been turned over to mail operations",
                "it has donated the goods to a museum"), texts(s));
    }

    @Test
    void anAbbreviationOfANameAfterItsOwnerAndAFirstLady() {
        List<Statement> s = extract("en",
                "The company has not obtained one of the permits required by California’s Department of Motor Vehicles.",
                "The permits exist “to ensure public safety” as the technology is tested, the DMV said in a statement.",
                "Michelle Obama spoke to Oprah Winfrey on Friday.",
                "The first lady suggested that the election has drained the country of hope.");

        assertEquals(List.of("The permits exist “to ensure public safety”",
                "the election has drained the country of hope"), texts(s));
        assertEquals(Arrays.asList("Department of Motor Vehicles", null), names(s));
        assertEquals("first lady", s.get(1).speaker().title());
    }

    @Test
    void statesAfterAQuantifierOrAPlaceAdjectiveAndASubordinateSpeechVerb() {
        List<Statement> s = extract("en",
                "The U.S. Mountain States are moving away from coal, even as President-elect Donald Trump vows to revive"
                        + " the embattled industry.",
                "Western states — a stronghold for coal consumption — are increasingly using natural gas.",
                "New power is being provided by natural gas as some states commit to renewable energy, said Robert Godby,"
                        + " director of the Center for Energy Economics at the University of Wyoming.");

        assertEquals(List.of("New power is being provided by natural gas as some states commit to renewable energy"),
                texts(s));
        assertEquals(List.of("Robert Godby"), names(s));
    }

    @Test
    void theStatementOfTheLastSpeakerAndAFewWordsQuotedAsTheClaimsSubject() {
        List<Statement> s = extract("en",
                "NEWARK -- A Romanian native was sentenced to 57 months on Tuesday, the U.S. Attorney Paul J. Fishman said"
                        + " in a statement.",
                "Vintila and Bogdan Radu, both 34, who designed the devices, were also convicted, the statement said.",
                "Though Trump's inauguration is still a month away, Janet Yellen said \"some of the participants\" had"
                        + " begun shifting their assumptions about fiscal policy.");

        assertEquals(List.of("A Romanian native was sentenced to 57 months on Tuesday",
                "Vintila and Bogdan Radu, both 34, who designed the devices, were also convicted",
                "\"some of the participants\" had begun shifting their assumptions about fiscal policy"), texts(s));
        assertEquals(List.of("Paul J. Fishman", "Paul J. Fishman", "Janet Yellen"), names(s));
    }

    @Test
    void aHeadlineInQuotesAPronounAfterWhatAndAJoinedParticipleOfSpeech() {
        List<Statement> s = extract("en",
                "Two Clinton donors tell ABC News that Clinton made the claim Thursday night at the Plaza Hotel.",
                "Clinton campaign chairman John Podesta wrote an op-ed with the headline \"Something is deeply broken at the"
                        + " FBI,\" calling the department out for what he said was a \"lackadaisical response to the very real"
                        + " Russian plot.\"",
                "Putin blamed Clinton for the protests, accusing her of inciting them and saying she immediately tried to egg"
                        + " them on.",
                "Hillary Clinton had made comments that were critical of Russia's parliamentary elections.");

        assertEquals(List.of("Clinton made the claim Thursday night at the Plaza Hotel",
                "lackadaisical response to the very real Russian plot.", "she immediately tried to egg them on"), texts(s));
        assertEquals(Arrays.asList(null, "John Podesta", "Putin"), names(s));
        assertEquals("Clinton donors", s.get(0).speaker().title());
    }

    @Test
    void whereAQuoteWasReportedIsNoClaimOfItsOwnAndReportsSuggestAClause() {
        List<Statement> s = extract("en",
                "“This will be the first American president with a pro-gay-rights stance,” investment banker Anthony"
                        + " Scaramucci said on the BBC, according to the New York Times.",
                "“Elton John is going to be doing our concert on the mall,” a publicist retorted.",
                "The Trump team claimed that they had turned down Andrea Bocelli, but other reports suggest the singer"
                        + " decided against performing because of potential backlash.");

        assertEquals(List.of("This will be the first American president with a pro-gay-rights stance",
                "Elton John is going to be doing our concert on the mall", "they had turned down Andrea Bocelli",
                "the singer decided against performing because of potential backlash"), texts(s));
        assertEquals(Arrays.asList("Anthony Scaramucci", null, null, null), names(s));
    }

    @Test
    void anOrganisationByTheDemonymItsNameBeginsWithAndAPronounNobodyFits() {
        List<Statement> s = extract("en",
                "O'Hare is a hub for both American Airlines (AAL) and United Airlines (UAL).",
                "\"We are working closely with our vendors to ensure there is no disruption,\" American said in a statement.",
                "The striking workers aren't aiming to disrupt travel, the union said at a press conference last week.",
                "\"They do want to gain public support,\" she said.");

        assertEquals(List.of("We are working closely with our vendors to ensure there is no disruption",
                "The striking workers aren't aiming to disrupt travel", "They do want to gain public support"), texts(s));
        assertEquals(Arrays.asList("American Airlines", null, null), names(s));
        // nobody the article named is "she": the pronoun as written, no name guessed
        assertEquals("she", s.get(2).speaker().title());
    }

    @Test
    void anAdverbBetweenARoleAndItsVerb() {
        List<Statement> s = extract("en",
                "Jennifer Aniston appeared on the show on Thursday.",
                "When asked what she took, the actress authoritatively stated, “Beads. From a bead shop.”");

        // the adverb no longer hides the role, and "the actress" is the person the text is about
        assertEquals(List.of("Beads. From a bead shop."), texts(s));
        assertEquals(List.of("Jennifer Aniston"), names(s));
    }

    @Test
    void answersSignedBelowWithTheSignersNameRoleAndOrganisation() {
        List<Statement> s = extract("en",
                "This week’s question: When is the last time you took public transportation to work?",
                "The last time I used public transportation was about a month ago. When getting around Downtown, I use"
                        + " the Metromover to easily get from one place to the next.",
                "Adelee Cabrera, regional director, Starr Catering Group",
                "==========",
                "Never. More direct routes that went into Miami Shores, North Miami.",
                "Suzan McDowell, president and CEO, Circle of One Marketing",
                "SpaceX, Hawthorne, California");

        assertEquals(List.of("The last time I used public transportation was about a month ago. When getting around"
                + " Downtown, I use the Metromover to easily get from one place to the next.",
                "Never. More direct routes that went into Miami Shores, North Miami."), texts(s));
        assertEquals(List.of("Adelee Cabrera", "Suzan McDowell"), names(s));
        assertEquals("regional director", s.get(0).speaker().title());
        assertEquals("Starr Catering Group", s.get(0).speaker().affiliation());
    }

    @Test
    void aSentenceMayEndOnAnAbbreviation() {
        List<Statement> s = extract("en",
                "Last year’s heat was part of an intense El Niño across much of the southeastern U.S. This year’s heat"
                        + " is much more localized, he said.");

        assertEquals(List.of("This year’s heat is much more localized"), texts(s));
    }

    @Test
    void aPronounAfterAnOpeningPhraseAClauseOfWhenBeforeTheSubjectAndAFumingRole() {
        List<Statement> s = extract("en",
                "Winning the presidency didn't change Donald Trump.",
                "\"In addition to winning the Electoral College in a landslide, I won the popular vote,\" the"
                        + " President-elect fumed in a tweet -- based on a falsehood.",
                "On Tuesday, he unleashed a new controversy on Twitter, saying that those who burn the American flag"
                        + " should perhaps be jailed or lose their citizenship.",
                "\"Just met with General Petraeus -- was very impressed!\" Trump tweeted on Monday.",
                "Soon after he met Petraeus, Trump sources said that the President-elect would sit down with Romney for"
                        + " dinner on Tuesday night.");

        assertEquals(List.of("In addition to winning the Electoral College in a landslide, I won the popular vote",
                "those who burn the American flag should perhaps be jailed or lose their citizenship",
                "Just met with General Petraeus -- was very impressed!",
                "the President-elect would sit down with Romney for dinner on Tuesday night"), texts(s));
        // "the President-elect" is a role; nobody in the text is given it, so it stays unnamed
        assertEquals(Arrays.asList(null, "Donald Trump", "Donald Trump", null), names(s));
        assertEquals("President-elect", s.get(0).speaker().title());
        assertEquals("Trump sources", s.get(3).speaker().title());
    }

    @Test
    void aRelativeAnAmpersandInANameAndASecondClauseAfterAccordingTo() {
        List<Statement> s = extract("en",
                "“We’re going to hope for the absolute best,” said Linda Black Elk, who works with the Standing Rock"
                        + " Medic & Healer Council.",
                "More than two dozen people were hospitalized, according to the medic and healer council. One woman’s"
                        + " arm was nearly blown off, according to her father, and the complaint alleges that another"
                        + " woman was shot in the eye.",
                "While the government asserts that the land falls under its jurisdiction, the Standing Rock Sioux tribe"
                        + " says that it has treaty rights.");

        assertEquals(List.of("We’re going to hope for the absolute best", "More than two dozen people were hospitalized",
                "One woman’s arm was nearly blown off", "another woman was shot in the eye",
                "the land falls under its jurisdiction", "it has treaty rights"), texts(s));
        assertEquals(Arrays.asList("Linda Black Elk", "Standing Rock Medic & Healer Council", null, null, null,
                "Standing Rock Sioux"), names(s));
        // someone's relative is a source the article does not name
        assertEquals("her father", s.get(2).speaker().title());
    }

    @Test
    void aNameSetOffAfterTheDescriptionOfTheSourceAndAQuoteAfterIt() {
        List<Statement> s = extract("en",
                "John Milo Ford was born in 1957. According to his aunt, Jane Starner, “He was brilliant from the start"
                        + "—reading at an adult level when he was in kindergarten.” He played chess.");

        assertEquals(List.of("He was brilliant from the start—reading at an adult level when he was in kindergarten."),
                texts(s));
        assertEquals(List.of("Jane Starner"), names(s));
    }

    @Test
    void aStatementIssuedWithWhatItSaysAndTheQuoteItIntroduces() {
        List<Statement> s = extract("en",
                "After the election, Twitter issued a statement to Slate that it would “take action” on any accounts that"
                        + " violated its harassment and hate speech policies:",
                "“We will take action on accounts violating those policies.”",
                "On Monday, Big Machine Records issued a statement that appeared to make it possible for Swift to"
                        + " perform her songs.");

        assertEquals(List.of("it would “take action” on any accounts that violated its harassment and hate speech policies",
                "We will take action on accounts violating those policies."),
                texts(s));
        assertEquals(List.of("Twitter", "Twitter"), names(s));
    }

    @Test
    void whomAndWhenSomethingWasToldANounAfterAPrepositionAndATweetedOutThing() {
        List<Statement> s = extract("en",
                "Jones told the Indianapolis Star the night of Trump’s tweet that his phone had since been ringing off"
                        + " the hook.",
                "Over that long Monday night, Yiannopoulos’s followers insulted, mocked, and harassed Jones with tweets"
                        + " numbering in the thousands.",
                "Instead, both men simply tweeted out an accusation or two and let their mass of supporters do the rest.",
                "It’s unlikely to ban Trump for tweets that so far have been less direct.");

        assertEquals(List.of("his phone had since been ringing off the hook"), texts(s));
        assertEquals(List.of("Jones"), names(s));
    }

    @Test
    void aStageNameAndThePersonTheArticleIsAboutByWhatTheyAreKnownFor() {
        List<Statement> s = extract("en",
                "Lady Gaga shared a photo of her ex-fiancé, Taylor Kinney, posing with her mother, Cynthia Germanotta.",
                "“At 30 Rockefeller center my charity also offers a place to send kind letters to people,” the American"
                        + " Horror Story actress wrote.",
                "Gaga and Kinney ended their engagement in July, but the “Bad Romance” singer later clarified that the"
                        + " split may only be temporary.");

        assertEquals(List.of("At 30 Rockefeller center my charity also offers a place to send kind letters to people",
                "the split may only be temporary"), texts(s));
        assertEquals(List.of("Lady Gaga", "Lady Gaga"), names(s));
    }

    @Test
    void anEpithetIsNobodyTheArticleGaveAnotherRole() {
        List<Statement> s = extract("en",
                "“This will be the first American president with a pro-gay-rights stance,” investment banker Anthony"
                        + " Scaramucci said.",
                "Asked if he would perform, the country star replied, “It’s always about serving. It’s what you do.”");

        assertEquals(Arrays.asList("Anthony Scaramucci", null), names(s));
        assertEquals("country star", s.get(1).speaker().title());
    }

    @Test
    void aPostIsItsAuthorsWholeAndWhatItReportsStaysTheSourcesWithoutTheLink() {
        List<Statement> s = extract("en",
                "According to Tom Namako, the NYPD was initially unaware of the reasoning behind the plane.",
                "The @NYPDnews just told @BuzzFeedNews they don't know why this plane is circling Manhattan."
                        + " https://t.co/MHL4wktbCH",
                "— Tom Namako (@TomNamako) December 13, 2016");

        assertEquals(List.of("the NYPD was initially unaware of the reasoning behind the plane",
                "The @NYPDnews just told @BuzzFeedNews they don't know why this plane is circling Manhattan.",
                "they don't know why this plane is circling Manhattan"), texts(s));
        assertEquals(List.of("Tom Namako", "Tom Namako", "@NYPDnews"), names(s));
    }

    @Test
    void aPostByAHandleOfSomeoneNamedAndThingsTweetedOrStated() {
        List<Statement> s = extract("en",
                "Anna Pickard is Slack’s editorial director. In June, Anna tweeted a photo of her Slack notification"
                        + " options, adding, “Fact: My notification noise on Slack is set to Hummus.”",
                "Fact: My notification noise on Slack is set to “Hummus”, a notification only available to us."
                        + " pic.twitter.com/fob8W59IgP— anna or whatever (@annapickard) June 7, 2016",
                "The answer was obvious — but Slack’s Senior Content Director Matt Haughey stated it for good measure:",
                "@stevenf British people say words funny ¯_(ツ)_/¯— Matt Haughey (@mathowie) February 12, 2016");

        assertEquals(List.of("Fact: My notification noise on Slack is set to Hummus.",
                "Fact: My notification noise on Slack is set to “Hummus”, a notification only available to us.",
                "@stevenf British people say words funny ¯_(ツ)_/¯"), texts(s));
        assertEquals(List.of("Anna Pickard", "Anna Pickard", "Matt Haughey"), names(s));
    }

    @Test
    void aClauseOfIfBeforeTheSubjectAndAQuoteABeamingSpeakerGave() {
        List<Statement> s = extract("en",
                "Johnny Manziel was supposed to have been picked by now.",
                "“I’ll never forget that morning,” recalls Stephen Jones. “Jerry said, ‘Let’s go through the"
                        + " [prospects] again.’” If Manziel was still there at 16, the patriarch added, “I assume we’d take"
                        + " him—wouldn’t we?”",
                "The vast logo is a tasteful platinum color, and therein lies a story: “We talked ’em into not making it"
                        + " their usual orange and blue,” Jones beams.");

        assertEquals(4, s.size());
        assertEquals(List.of("Stephen Jones", "Stephen Jones"), names(s.subList(0, 2)));
        // the patriarch is no one Manziel's clause names
        assertNotEquals("Johnny Manziel", s.get(2).speaker().name());
        assertEquals("Stephen Jones", s.get(3).speaker().name());
    }

    @Test
    void anOwnersTweetsAreNoVerbAClaimBeforeHeSaidOrAndAFrettingSpeaker() {
        List<Statement> s = extract("en",
                "Boeing executives contacted Trump transition team officials after the president-elect’s Air Force One"
                        + " tweets, according to three people familiar with the discussions.",
                "The two sides could agree to shave a few percentage points from the cost, he said, or agree to a"
                        + " thorough scrubbing of the plans.",
                "The Tribune published an interview with Boeing CEO Dennis Muilenburg in which he fretted that Trump’s"
                        + " opposition to free-trade deals could cost his company.");

        assertEquals(List.of("Boeing executives contacted Trump transition team officials after the president-elect’s"
                + " Air Force One tweets", "The two sides could agree to shave a few percentage points from the cost",
                "Trump’s opposition to free-trade deals could cost his company"), texts(s));
        assertEquals("Dennis Muilenburg", s.get(2).speaker().name());
    }

    @Test
    void brokenTextFromAFuzzerGivesStatementsOrNoneButNeverAnError() {
        // a verb of telling with only commas after it, and quote marks that open and close in other sentences
        for (String paragraph : List.of("Obamashe told reporters .  ,  ",
                "» ” said: said: He saidshe told reporters. ’the ministerthe minister” —  ‘ » Obama.   — ’ »she told"
                        + " reportersthat\". , ",
                "He said ’Obama — said: ,  the minister said: . \"according to X. He said‘ according to X Asaid: ."
                        + " \"the minister, she told reporters A , ")) {
            assertTrue(extract("en", paragraph).size() >= 0);
        }
    }

    @Test
    void accordingToSomeoneNamedOnlyByFamilyAfterADash() {
        List<Statement> s = extract("en",
                "Prince was married when he died and wanted all of his money to go exclusively to his wife -- according"
                        + " to the alleged wife, who's now putting his estate on notice.");

        assertEquals(List.of("Prince was married when he died and wanted all of his money to go exclusively to his wife"),
                texts(s));
        assertEquals("the alleged wife", s.get(0).speaker().title());
    }

    @Test
    void aRelativeClauseSetOffByCommasDescribesTheSubjectBeforeIt() {
        List<Statement> s = extract("en",
                "Ryan Gosling's most cherished role won't win him any Hollywood awards.",
                "Gosling, who graces the magazine's January cover, says fatherhood has made him a better man.");

        assertEquals(List.of("fatherhood has made him a better man"), texts(s));
        assertEquals(List.of("Ryan Gosling"), names(s));
    }

    @Test
    void anImperativeOrBothOpeningASentenceIsNoPartOfANameAndASentenceInBrackets() {
        List<Statement> s = extract("en",
                "Ask Damien Chazelle, the director, and he will answer without missing a beat.",
                "The number is not just any set piece. (Chazelle admits that there are two edits that you can catch if"
                        + " you're eagle-eyed.) It's the first of many sequences.",
                "Both Chazelle and his collaborator, composer Justin Hurwitz, had been toying with the idea.",
                "\"We kept asking ourselves: Is there a way to make them relevant,\" Chazelle says.",
                "\"He told Chazelle he had been wanting to do a Gene Kelly-ish thing,\" Ryan Gosling said.",
                "\"It was at a diner,\" the actress says, via email.");

        assertEquals(List.of("there are two edits that you can catch if you're eagle-eyed",
                "We kept asking ourselves: Is there a way to make them relevant",
                "He told Chazelle he had been wanting to do a Gene Kelly-ish thing", "It was at a diner"), texts(s));
        assertEquals(List.of("Damien Chazelle", "Damien Chazelle", "Ryan Gosling"), names(s.subList(0, 3)));
        // the actress is not the man quoted before her
        assertNotEquals("Ryan Gosling", s.get(3).speaker().name());
    }

    @Test
    void aPersonIsKnownByWhoOrByTheHeOrSheOfTheNextSentence() {
        List<Statement> s = extract("en",
                "“We had workers talking about working six days a week,” said Tanner Fischer, the president of the local.",
                "Jody Gelner, who has been working at UPS for 35 years, serves on the executive board of Local 90. He said"
                        + " that he still “gets pretty emotional” about the interactions he has had with customers.",
                "Alano De La Rosa holds the top office in Local 90 as the secretary-treasurer. He told me over the phone"
                        + " that he attributes the success of the recent organizing drive to a nationwide work stoppage.");

        assertEquals(List.of("Tanner Fischer", "Jody Gelner", "Alano De La Rosa"), names(s));
    }

    @Test
    void aPhraseOfWhereBeforeACommaIsNoSpeakerAndTheWriterToldSomethingSpeaksToo() {
        List<Statement> s = extract("en",
                "Beyond Des Moines, the new leadership of the international union came to power in March 2022.",
                "“I filed an Unfair Labor Practice a few days later for them spying on our rally,” he told me with a smile.",
                "Fischer doesn’t seem afraid either. We sat in the bar of a Hilton in downtown Chicago, where he had"
                        + " traveled for a regional grievance panel.");

        assertEquals(List.of("I filed an Unfair Labor Practice a few days later for them spying on our rally"), texts(s));
        assertTrue(s.stream().noneMatch(st -> "Beyond Des Moines".equals(st.speaker().name())));
    }

    @Test
    void anOfficeSpeaksForItsOrganisation() {
        List<Statement> s = extract("en",
                "Surveillance is a common intimidation tactic. The company said, “We respect our employees’ rights.”",
                "(UPS corporate communications said of the incident, “We respect our employees’ rights to assemble and"
                        + " we comply with the NLRA.” The case is still ongoing.)");

        // a word defined as a kind of thing names no company
        assertEquals(Arrays.asList(null, "UPS"), names(s));
        assertEquals("company", s.get(0).speaker().title());
    }

    @Test
    void aClauseWithAnIrregularPastAfterNotedAndWhatWasSaidOf() {
        List<Statement> s = extract("en",
                "The lawmakers noted the FBI held a briefing with them March 30, but they were disappointed.",
                "The senator noted the increased demand for briefings.",
                "“He talks about compassion toward children,” Brian Gianforte, a 32-year-old member of Montana’s LGBTQ+"
                        + " community said of his father’s support for the legislation in an interview.",
                "Ana Escrogima, the U.S. ambassador to Oman, told Rest of World a few American tech companies have"
                        + " already launched in Oman.",
                "Four doctors told the tale of a 43-year-old man who saw his doctor in November 2016.");

        assertEquals(List.of("the FBI held a briefing with them March 30, but they were disappointed",
                "He talks about compassion toward children", "a few American tech companies have already launched in Oman"),
                texts(s));
    }

    @Test
    void aQuoteInAClaimAfterAccordingToAndASpeechActJoinedToAClaimAboutTheSpeaker() {
        List<Statement> s = extract("en",
                "According to federal prosecutors, China's Ministry of Public Security “has repeatedly and flagrantly"
                        + " violated our nation's sovereignty.”",
                "The FBI told Fox News Digital that it received the letter and defended its commitment to combating"
                        + " illicit Chinese activities on U.S. soil.",
                "The senator expressed concern that the bureau was unaware of the operation.",
                "“She was furious,” Jody Gelner remembered with a laugh.");

        assertEquals(List.of("China's Ministry of Public Security “has repeatedly and flagrantly violated our nation's"
                + " sovereignty.”", "it received the letter", "the bureau was unaware of the operation", "She was furious"),
                texts(s));
        assertEquals(Statement.INDIRECT, s.get(0).kind());
        assertEquals("FBI", s.get(1).speaker().name());
    }

    @Test
    void aDocumentOfItsOwnerAndTheAbbreviationANameDefinesAndARelativeClauseBetweenDashes() {
        List<Statement> s = extract("en",
                "The report by the Netherlands Organisation for Applied Scientific Research (TNO) - which was contracted"
                        + " by Reuters to analyse evidence from the Oct. 13 attack - found that a tank 1.34 km away in Israel"
                        + " fired two 120 mm rounds at the reporters.",
                "TNO's analysis of the machine gun fire showed that the \"only reasonable match\" was for a 0.50 calibre"
                        + " weapon fired from 1.34 km away.",
                "But the Civil Aviation Authority of Nepal (CAAN) said on Twitter on Tuesday that the airline's country"
                        + " manager had been barred from entering Kathmandu airport.");

        assertEquals(List.of("Netherlands Organisation for Applied Scientific Research",
                "Netherlands Organisation for Applied Scientific Research", "Civil Aviation Authority of Nepal"), names(s));
    }

    @Test
    void aLongSubjectSetOffByCommasThatANameCloses() {
        List<Statement> s = extract("en",
                "The host, National Resources Defense Council board member Nicole Lederer, has said the pipeline \"is"
                        + " against the best interest of our country.\"");

        assertEquals(List.of("Nicole Lederer"), names(s));
        assertEquals(List.of("the pipeline \"is against the best interest of our country.\""), texts(s));
    }

    @Test
    void aPronounThatSpeaksIsNotThePersonItsClaimNamesAndATitleTellsWhichOfACouple() {
        List<Statement> s = extract("en",
                "North Carolina House Speaker Tim Moore is accused of interfering with the relationship between former"
                        + " Apex Town Council member Scott Lassiter, and his wife, Jamie Liles Lassiter, a state employee.",
                "The lawsuit even alleges that Moore used his political power to prevent Ms. Lassiter from breaking off"
                        + " the relationship, and from dangling political favors before Mr. Lassiter.",
                "In fact, he says that Ms. Lassiter confessed to the affair and said she was afraid she’d lose her job if"
                        + " she rejected Moore.",
                "He’s also alleging that someone, who he believes to be connected to Moore, entered his property.");

        assertEquals(List.of("Moore used his political power to prevent Ms. Lassiter from breaking off the relationship,"
                + " and from dangling political favors before Mr. Lassiter", "Ms. Lassiter confessed to the affair",
                "she was afraid she’d lose her job if she rejected Moore",
                "someone, who he believes to be connected to Moore, entered his property"), texts(s));
        assertEquals(Arrays.asList(null, "Scott Lassiter", "Scott Lassiter", "Scott Lassiter"), names(s));
    }

    @Test
    void aSecondClaimAfterAndSaysWithoutThatAndAPastTenseWithAPronounObject() {
        List<Statement> s = extract("en",
                "Speaker Moore is denying everything (though Lassiter claims both admitted it in person and says he has"
                        + " photographic evidence aside from their admissions).");

        assertEquals(List.of("both admitted it in person", "he has photographic evidence aside from their admissions"),
                texts(s));
    }

    @Test
    void someoneDescribedWithAnIndefiniteArticleIsUnnamedAndTheirShortUtterancesCount() {
        List<Statement> s = extract("en",
                "“Pence will have to defend Trump,” said a New Hampshire Republican, who, like all insiders, completed the"
                        + " survey anonymously. “Kaine won't.”",
                "“Pence is really effective,” said a GOP insider in the first-in-the-nation primary state of New Hampshire.",
                "A Reuters report said prices rose.");

        assertEquals(List.of("Pence will have to defend Trump", "Kaine won't.", "Pence is really effective", "prices rose"),
                texts(s));
        assertEquals(Arrays.asList(null, null, null, "Reuters"), names(s));
        assertEquals("New Hampshire Republican", s.get(0).speaker().title());
    }

    @Test
    void aSecondSourceAfterAndSaysWithoutThatButNotWhatItDidNotSay() {
        List<Statement> s = extract("en",
                "47 percent said Kaine has been deployed in the most effective way, and another 43 percent said the"
                        + " Virginian has been somewhat effectively deployed.",
                "South Africa said Mr Mugabe was confined to his home but was otherwise fine and the military said it was"
                        + " keeping him safe.",
                "The company said the car is a preview of a production vehicle, but it didn’t say when the wagon will go on"
                        + " sale.");

        assertEquals(List.of("Kaine has been deployed in the most effective way",
                "the Virginian has been somewhat effectively deployed", "Mr Mugabe was confined to his home but was"
                        + " otherwise fine", "it was keeping him safe",
                "the car is a preview of a production vehicle, but it didn’t say when the wagon will go on sale"), texts(s));
        assertEquals("military", s.get(3).speaker().title());
    }

    @Test
    void aPostSignedWithAMiddleInitialIsByThePersonTheArticleNamesAndAMannerOfSpeaking() {
        List<Statement> s = extract("en",
                "Twitter erupted Monday morning when President Donald Trump shared his branding expertise with Boeing.",
                "“What do I know about branding, maybe nothing (but I did become President!),” Trump simpered in a morning"
                        + " tweet.",
                "“No product has suffered like this one. But again, what the hell do I know?” Trump said which, given his"
                        + " history with defunct Trump Airlines, triggered responses on Twitter.",
                "No product has suffered like this one. But again, what the hell do I know?",
                "— Donald J. Trump (@realDonaldTrump) April 15, 2019");

        assertEquals(List.of("What do I know about branding, maybe nothing (but I did become President!)",
                "No product has suffered like this one. But again, what the hell do I know?",
                "No product has suffered like this one. But again, what the hell do I know?"), texts(s));
        assertEquals(List.of("Donald Trump", "Donald Trump", "Donald Trump"), names(s));
    }

    @Test
    void whileOpensAnotherSourcesClauseWithoutAComma() {
        List<Statement> s = extract("en",
                "On presidential campaign trail, Hillary Clinton and Donald J. Trump both used the events.",
                "Mr. Trump suggested that law enforcement officials were being stymied in their efforts by political"
                        + " correctness while Mrs. Clinton said his comments were both uninformed and inflammatory.");

        assertEquals(List.of("law enforcement officials were being stymied in their efforts by political correctness",
                "his comments were both uninformed and inflammatory"), texts(s));
        assertEquals(List.of("Donald J. Trump", "Hillary Clinton"), names(s));
    }

    @Test
    void someoneDescribedByWhatTheyDoIsAnUnnamedSource() {
        List<Statement> s = extract("en",
                "The organization may be ready to issue standards in draft form, a NIST cryptographer at the workshop"
                        + " estimated, by 2022 or 2023.",
                "A flaw in the game makes it easy to crash the server, according to a computer programmer who has released"
                        + " code that exploits the vulnerability.");

        assertEquals(List.of("The organization may be ready to issue standards in draft form",
                "A flaw in the game makes it easy to crash the server"), texts(s));
        assertEquals(Arrays.asList(null, null), names(s));
        assertEquals("NIST cryptographer at the workshop", s.get(0).speaker().title());
    }

    @Test
    void aPostWithoutTheLinksAndHandlesItEndsWithAndItsAuthorWrittenInOneScript() {
        List<Statement> s = extract("en",
                "@sfutch33 SEVEN! 3 were replaced.https://t.co/hcKsDsaEMc@JessKane11 @Jpasch101 @ThomasWictor"
                        + " pic.twitter.com/6Yc99kYnbZ",
                "— Tzippy Yarom صِپورة (@zpyarom) December 19, 2016");

        assertEquals(List.of("@sfutch33 SEVEN! 3 were replaced."), texts(s));
        assertEquals(List.of("Tzippy Yarom"), names(s));
    }

    @Test
    void perSetOffBeforeANameAttributesAsAccordingToDoesAndTheWhoIsNoRelativeClause() {
        List<Statement> s = extract("en",
                "Major League Baseball reported gross revenues of close to $10 billion in 2016, per Forbes. The Mets pay"
                        + " him $27.5 million per year.",
                "Yersinia pestis, according to the WHO, is often found in small mammals and their fleas.");

        assertEquals(List.of("Major League Baseball reported gross revenues of close to $10 billion in 2016",
                "is often found in small mammals and their fleas"), texts(s));
        assertEquals(List.of("Forbes", "WHO"), names(s));
    }

    @Test
    void jokesBesideAQuoteAndDidRevealThatReport() {
        List<Statement> s = extract("en",
                "Ralf Groene leads the Surface design team. “We need to do something crazy,” jokes Groene, responding to"
                        + " my question about removing escape keys from keyboards.",
                "Groene didn't want to talk Surface Book 2, but he did reveal that Microsoft won't be following Apple in"
                        + " some of its design choices.");

        assertEquals(List.of("We need to do something crazy",
                "Microsoft won't be following Apple in some of its design choices"), texts(s));
        assertEquals(List.of("Ralf Groene", "Ralf Groene"), names(s));
    }

    @Test
    void aParagraphWhoseOpeningMarkADropCapTookOpensItsQuoteItself() {
        List<Statement> s = extract("en",
                "Andrew Hill is senior director of mechanical engineering at Microsoft.",
                "We just needed time, and at that time we were getting the kinematics for what the mechanism would need to"
                        + " look like,\" admits Andrew Hill. \"Even though the Surface Book hinge is very different, the way we"
                        + " solve the problem is exactly the same,\" says Groene.",
                "Those early models, \"pretty crappy prototypes,\" won the funding, Hill says.");

        assertEquals(List.of(
                "We just needed time, and at that time we were getting the kinematics for what the mechanism would need to"
                        + " look like",
                "Even though the Surface Book hinge is very different, the way we solve the problem is exactly the same",
                "Those early models, \"pretty crappy prototypes,\" won the funding"), texts(s));
        assertEquals(List.of("Andrew Hill", "Groene", "Andrew Hill"), names(s));
    }

    @Test
    void aListingOrARulingIsASourceAndLetMeSayIsTheWritersOwnVoice() {
        List<Statement> s = extract("en",
                "The $969,000 listing says Gabor lived here. The ruling said the company lied.",
                "First, let me say that there is a great deal to love in La La Land.");

        assertEquals(List.of("Gabor lived here", "the company lied"), texts(s));
        assertEquals(Arrays.asList(null, null), names(s));
    }

    @Test
    void aPronounAfterASubordinatorIsResolvedWhereItStandsNotAtTheSentenceStart() {
        List<Statement> s = extract("en",
                "The Hillary Clinton campaign has canceled joint appearances with former primary opponent Bernie Sanders"
                        + " after he admitted that \"of course\" it bothered him.");

        assertEquals(List.of("\"of course\" it bothered him"), texts(s));
        assertEquals(List.of("Bernie Sanders"), names(s));
    }

    @Test
    void theWritersWeAfterAnAdverbSetOffByCommasIsNoSource() {
        List<Statement> s = extract("en",
                "Taylor is far enough along in his career, now, that we can say with some confidence that he is probably"
                        + " a tomato can.");

        assertEquals(List.of(), texts(s));
    }

    @Test
    void whoseResponseAQuoteAfterAColonIsAndWentOnToNote() {
        List<Statement> s = extract("en",
                "Folks are still asking writer-director Rian Johnson about fan backlash. Maybe his latest response will"
                        + " settle the matter once and for all: “Fuck ‘em.”",
                "Johnson went on to note that fighting over a Star Wars movie is just part of the culture.");

        assertEquals(List.of("Fuck ‘em.", "fighting over a Star Wars movie is just part of the culture"), texts(s));
        assertEquals(List.of("Rian Johnson", "Rian Johnson"), names(s));
    }

    @Test
    void analysisFromAFirmOpeningTheSentenceIsTheFirms() {
        List<Statement> s = extract("en",
                "Analysis from PricewaterhouseCoopers suggests that the average view duration for an eSports stream is 84"
                        + " minutes.");

        assertEquals(List.of("the average view duration for an eSports stream is 84 minutes"), texts(s));
        assertEquals(List.of("PricewaterhouseCoopers"), names(s));
    }

    @Test
    void rumorsAreASourceLeftUnnamed() {
        List<Statement> s = extract("en",
                "Apple may be planning to introduce a second-generation Apple Pencil this year, according to rumors out of"
                        + " the Asian supply chain.",
                "Rumors suggest Apple will introduce a new iPad Pro model somewhere around 10 inches.");

        assertEquals(List.of("Apple may be planning to introduce a second-generation Apple Pencil this year",
                "Apple will introduce a new iPad Pro model somewhere around 10 inches"), texts(s));
        assertEquals(Arrays.asList(null, null), names(s));
    }

    @Test
    void whyOpensAQuestionAndAStudysDayStandsBeforeItsJournal() {
        List<Statement> s = extract("en",
                "New research suggests why women may lose out at the office.",
                "Temperatures are often based on a decades-old standard that considers the metabolic rate of men, according"
                        + " to a study Monday in Nature Climate Change.");

        assertEquals(List.of("Temperatures are often based on a decades-old standard that considers the metabolic rate of men"),
                texts(s));
        assertEquals(List.of("Nature Climate Change"), names(s));
    }

    @Test
    void aQuotedNicknameInsideANameAndASharePercentSignedSpeak() {
        List<Statement> s = extract("en",
                "There’s a new disease-detecting technology in the lab of Sanjiv “Sam” Gambhir, MD PhD.",
                "“Our concept dates back well over 15 years,” said Gambhir, professor and chair of radiology.",
                "The team surveyed 300 users. About 37% said they were “somewhat comfortable” with the idea.");

        assertEquals(List.of("Our concept dates back well over 15 years", "they were “somewhat comfortable” with the idea"),
                texts(s));
        assertEquals(Arrays.asList("Sanjiv Gambhir", null), names(s));
    }

    @Test
    void comparedWithIsAPrepositionNoVerbOfAReportedClause() {
        List<Statement> s = extract("en",
                "About 9 percent of non-mask wearers reported respiratory symptoms compared with about 7 percent of surgical"
                        + " mask wearers.",
                "The company reported the aid reached farmers.");

        assertEquals(List.of("the aid reached farmers"), texts(s));
    }

    @Test
    void aVerbAfterARelativeClauseSetOffHasItsSubjectBeforeIt() {
        List<Statement> s = extract("en",
                "The video above, which was mercifully resurfaced by Chicago’s WGN last week, shows Trump in a rare state of"
                        + " extreme self-consciousness.",
                "Security forces killed protesters, which have used lethal force, said Amnesty International.");

        assertEquals(List.of("Security forces killed protesters, which have used lethal force"), texts(s));
        assertEquals(List.of("Amnesty International"), names(s));
    }

    private static List<String> texts(List<Statement> statements) {
        return statements.stream().map(Statement::text).collect(Collectors.toList());
    }

    private static List<String> names(List<Statement> statements) {
        return statements.stream().map(s -> s.speaker().name()).collect(Collectors.toList());
    }
}
