export { getArticleForReview, getPublicArticle, listPublicArticles, getArticleWithText } from "./queries";
export { alignedRevision, alignedRevisionOf } from "./aligned-revision";
export { setArticleStatus, articleStatusSchema } from "./set-article-status";
