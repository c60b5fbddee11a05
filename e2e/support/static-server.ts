/** The test kit's static server (the "complaint site" of a browser test), re-exported for the e2e specs. */
export { type StaticServer, startStaticServer } from '@minwon-ux/testkit/static-server';
