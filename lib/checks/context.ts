import { createArticleContext } from "@/lib/names";

/** The view every check gets is the names layer's view of the article (`CheckContext` is `ArticleContext`). */
export const createCheckContext = createArticleContext;
