package nl.kwaliteitsnetwerk.ledger.stack.store;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.WriteBuffer;

import java.nio.ByteBuffer;

/**
 * A document as its BSON bytes inside an MVStore page, with the same encoder and decoder the server uses
 * on the wire. BSON carries its own length, so no length prefix is written.
 */
final class BsonBytes {

    private BsonBytes() {
    }

    /** Writes the document and returns how many bytes it took. */
    static int write(WriteBuffer into, Document document, int expectedLength) {
        ByteBuf bson = Unpooled.buffer(expectedLength);
        BsonEncoder.encodeDocument(document, bson);
        int length = bson.readableBytes();
        into.put(bson.array(), bson.arrayOffset() + bson.readerIndex(), length);
        return length;
    }

    /** Reads one document and moves the page's position past it. */
    static Document read(ByteBuffer from) {
        ByteBuf bson = Unpooled.wrappedBuffer(from.duplicate());
        Document document = BsonDecoder.decodeBson(bson);
        from.position(from.position() + bson.readerIndex());
        return document;
    }
}
