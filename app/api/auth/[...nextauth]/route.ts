import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth";
import { errorResponse, readBody } from "@/lib/http";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

/** A sign-in or sign-out form is a few hundred bytes: the body is read under a cap before next-auth sees it. */
async function POST(request: NextRequest, context: Context) {
  let body: Buffer;
  try {
    body = await readBody(request, { maxBytes: 16 * 1024, tooLarge: "A sign-in request may be at most 16 KB." });
  } catch (error) {
    return errorResponse(error);
  }
  return handler(new NextRequest(request.url, { method: "POST", headers: request.headers, body: new Uint8Array(body) }), context);
}

export { handler as GET, POST };
