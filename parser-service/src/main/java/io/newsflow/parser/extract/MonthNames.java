package io.newsflow.parser.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Month names and common abbreviations in the languages Newsflow reads, in the forms dates use them. */
final class MonthNames {
    private static final List<String> NAMES = List.of(
            // en
            "january february march april may june july august september october november december",
            "jan feb mar apr may jun jul aug sep oct nov dec",
            "jan feb mar apr may jun jul aug sept oct nov dec",
            // ru: nominative and genitive
            "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
            "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
            // uk: nominative and genitive
            "січень лютий березень квітень травень червень липень серпень вересень жовтень листопад грудень",
            "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
            // az, tr
            "yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr",
            "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
            // de
            "januar februar märz april mai juni juli august september oktober november dezember",
            "jän feb mär apr mai jun jul aug sep okt nov dez",
            // fr
            "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
            // es, pt, it
            "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
            "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
            "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
            // pl: nominative and genitive
            "styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień",
            "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia");
    private static final Map<String, Integer> NUMBERS = build();

    private MonthNames() {
    }

    /** 1 to 12, or null when the word is not a month. */
    static Integer number(String word) {
        return NUMBERS.get(word.toLowerCase(Locale.ROOT));
    }

    private static Map<String, Integer> build() {
        Map<String, Integer> map = new HashMap<>();
        for (String line : NAMES) {
            String[] words = line.split(" ");
            for (int i = 0; i < words.length; i++) {
                map.putIfAbsent(words[i], i + 1);
            }
        }
        return Map.copyOf(map);
    }
}
