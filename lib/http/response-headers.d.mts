export declare const EVERY_RESPONSE_HEADERS: ReadonlyArray<{ key: string; value: string }>;
