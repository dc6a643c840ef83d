import Link from "next/link";
import type { DashboardFilter } from "@/lib/dashboard";

const STATUSES = ["NEW", "IN_REVIEW", "REVIEWED", "ARCHIVED"] as const;
const field = "rounded border border-stone-300 bg-white px-1.5 py-1";
const isoDay = (date?: Date) => (date ? date.toISOString().slice(0, 10) : "");

/** The dashboard's filters: a plain GET form, so that a filtered view is a link that can be shared. */
export function DashboardFilters({ filter, options }: { filter: DashboardFilter; options: { publishers: { id: string; name: string }[]; engines: string[]; pairs: string[] } }) {
  return (
    <form role="search" aria-label="Filter articles" className="mb-4 flex flex-wrap items-end gap-3 text-sm" action="/review">
      <label className="flex flex-col">Title<input type="search" name="q" defaultValue={filter.q ?? ""} className={field} /></label>
      <label className="flex flex-col">Status<select name="status" defaultValue={filter.status ?? ""} className={field}><option value="">any</option>{STATUSES.map((s) => <option key={s} value={s}>{s.toLowerCase().replace("_", " ")}</option>)}</select></label>
      <label className="flex flex-col">Language pair<select name="pair" defaultValue={filter.pair ?? ""} className={field}><option value="">any</option>{options.pairs.map((p) => <option key={p} value={p}>{p.replace("-", " → ")}</option>)}</select></label>
      <label className="flex flex-col">Publisher<select name="publisher" defaultValue={filter.publisher ?? ""} className={field}><option value="">any</option>{options.publishers.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}</select></label>
      <label className="flex flex-col">MT engine<select name="engine" defaultValue={filter.engine ?? ""} className={field}><option value="">any</option>{options.engines.map((e) => <option key={e}>{e}</option>)}</select></label>
      <label className="flex flex-col">Imported from<input type="date" name="from" defaultValue={isoDay(filter.from)} className={field} /></label>
      <label className="flex flex-col">to<input type="date" name="to" defaultValue={isoDay(filter.to)} className={field} /></label>
      <button className="rounded bg-stone-800 px-3 py-1 text-white">Filter</button>
      <Link href="/review" className="py-1 underline">Clear</Link>
    </form>
  );
}
