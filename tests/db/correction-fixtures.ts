import { randomUUID } from "node:crypto";
import type { CurrentUser } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { importArticle } from "@/lib/import";

/**
 * A ru→en pair with a name whose Russian case ending leaked into the translation twice ("Askara Umarova"),
 * plus independent sentences for concurrent corrections. The marker keeps each import unique.
 */
export function mangledPair(marker = randomUUID().slice(0, 8)) {
  return {
    title: `Reservoir report ${marker}`,
    source: [
      `По словам замминистра Аскара Умарова, водохранилище в Туркестане заполнено на ${marker.length} процентов.`,
      "Ремонт насосной станции начнётся весной.",
      "Фермеры региона попросили снизить тарифы на воду.",
      "По словам Аскара Умарова, тарифы пересмотрят осенью.",
      "Жители Шымкента тоже ждут решения.",
      "Строители закончат дорогу к станции летом.",
    ].join("\n\n"),
    target: [
      `According to Deputy Minister Askara Umarova, the reservoir in Turkestan is ${marker.length} percent full (ref ${marker}).`,
      "Repairs of the pumping station will begin in spring.",
      "Farmers of the region asked to lower water tariffs.",
      "According to Askara Umarova, the tariffs will be reviewed in autumn.",
      "Residents of Shymkent are also waiting for a decision.",
      "The builders will finish the road to the station in summer.",
    ].join("\n\n"),
  };
}

export async function importMangled(author: CurrentUser) {
  const imported = await importArticle(mangledPair(), { actorId: author.id });
  return getDb().article.findUniqueOrThrow({ where: { id: imported.id } });
}

export async function currentText(articleId: string) {
  const article = await getDb().article.findUniqueOrThrow({ where: { id: articleId } });
  const revision = await getDb().revision.findUniqueOrThrow({ where: { articleId_number: { articleId, number: article.currentRevision } } });
  return { number: article.currentRevision, text: revision.text, revisionId: revision.id };
}

/** An edit of the current text: `find` replaced by `replacement`, as the workspace's Edit sends it. */
export async function editChange(articleId: string, find: string, replacement: string) {
  const { text, number } = await currentText(articleId);
  const start = text.indexOf(find);
  if (start === -1) throw new Error(`"${find}" is not in the current text`);
  return { articleId, baseRevision: number, change: { kind: "edit" as const, start, end: start + find.length, text: replacement } };
}
