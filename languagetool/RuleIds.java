// Prints "rule id <TAB> category id" for every rule of LanguageTool's English variants, to
// append new ones to src/ficlint/grammar/languagetool-codes.tsv after an upgrade:
//   java -cp "$(languagetool/install)/*" languagetool/RuleIds.java
import java.util.Map;
import java.util.TreeMap;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.Rule;

public class RuleIds {
  public static void main(String[] args) throws Exception {
    Map<String, String> rules = new TreeMap<>();
    for (String variant : new String[] {"en-US", "en-GB", "en-AU", "en-CA", "en-NZ", "en-ZA"}) {
      for (Rule rule : new JLanguageTool(Languages.getLanguageForShortCode(variant)).getAllRules()) {
        rules.putIfAbsent(rule.getId(), rule.getCategory().getId().toString());
      }
    }
    rules.forEach((id, category) -> System.out.println(id + "\t" + category));
  }
}
