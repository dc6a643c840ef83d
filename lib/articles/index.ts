export { getArticleForReview, getPublicArticle, listPublicArticles } from "./queries";
export { alignedRevision } from "./aligned-revision";
