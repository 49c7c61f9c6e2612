package nl.kwaliteitsnetwerk.ledger.platform.web;

import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.asm.Type;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells which handler methods answer 201 Created, by reading their bytecode: a handler that calls
 * {@code ResponseEntity.created(…)}, itself or through one helper of this code base (such as a
 * {@code Commands.create} that sends the command and builds the reply), creates. Reading what the
 * handler does keeps the document true to the code without a second annotation to keep in step.
 */
final class CreatingHandlers {

    private static final String RESPONSE_ENTITY = "org/springframework/http/ResponseEntity";
    private static final String OWN_PACKAGE = "nl/kwaliteitsnetwerk/";
    private static final int HELPER_DEPTH = 2;

    private final Map<String, Boolean> known = new ConcurrentHashMap<>();

    boolean creates(Method handler) {
        return creates(Type.getInternalName(handler.getDeclaringClass()), handler.getName(),
                Type.getMethodDescriptor(handler), handler.getDeclaringClass().getClassLoader(), HELPER_DEPTH);
    }

    private boolean creates(String owner, String name, String descriptor, ClassLoader loader, int depth) {
        String key = owner + '.' + name + descriptor;
        Boolean answer = known.get(key);
        if (answer != null) {
            return answer;
        }
        List<String[]> calls = callsOf(owner, name, descriptor, loader);
        boolean result = calls.stream().anyMatch(call -> call[0].equals(RESPONSE_ENTITY) && call[1].equals("created"))
                || depth > 0 && calls.stream().filter(call -> call[0].startsWith(OWN_PACKAGE))
                .anyMatch(call -> creates(call[0], call[1], call[2], loader, depth - 1));
        known.put(key, result);
        return result;
    }

    private static List<String[]> callsOf(String owner, String name, String descriptor, ClassLoader loader) {
        List<String[]> calls = new ArrayList<>();
        try (InputStream bytes = loader.getResourceAsStream(owner + ".class")) {
            if (bytes == null) {
                return calls;
            }
            new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String method, String desc, String signature,
                                                 String[] exceptions) {
                    if (!method.equals(name) || !desc.equals(descriptor)) {
                        return null;
                    }
                    return new MethodVisitor(Opcodes.ASM9) {
                        @Override
                        public void visitMethodInsn(int opcode, String callee, String calledName, String calledDesc,
                                                    boolean isInterface) {
                            calls.add(new String[] {callee, calledName, calledDesc});
                        }
                    };
                }
            }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        } catch (IOException e) {
            return calls;
        }
        return calls;
    }
}
