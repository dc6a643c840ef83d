export { getArticleForReview, getPublicArticle, listPublicArticles, getArticleWithText } from "./queries";
export { alignedRevision } from "./aligned-revision";
export { setArticleStatus, articleStatusSchema } from "./set-article-status";
