import Link from "next/link";

/**
 * Previous / next links for a list shown a page at a time. `hasNext` comes from asking for one row more than a
 * page, so no list has to count its whole table.
 */
export function Pager({ page, hasNext, href }: { page: number; hasNext: boolean; href: (page: number) => string }) {
  if (page === 1 && !hasNext) return null;
  return (
    <nav aria-label="Pages" className="mt-4 flex gap-3 text-sm">
      {page > 1 && <Link href={href(page - 1)} className="underline">Previous</Link>}
      <span>Page {page}</span>
      {hasNext && <Link href={href(page + 1)} className="underline">Next</Link>}
    </nav>
  );
}
