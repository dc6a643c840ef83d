import type { ReactNode } from "react";
import { StaffArea } from "@/components/layout/staff-shell";

export default function Layout({ children }: { children: ReactNode }) {
  return <StaffArea role="REVIEWER" path="/account">{children}</StaffArea>;
}
